"""Writes queries.json of the held-out set (queries written first, then judged against the whole catalogue)."""
import json
from pathlib import Path

Q = []


def q(kind, text, **rel):
    Q.append({"q": text, "kind": kind, "relevant": {("zx-" + k.replace("_", "-")): v for k, v in rel.items()}})


# colloquial
q("colloquial", "拆迁补偿标准", office_2024_003=3, office_2024_004=3, housing_2024_002=2, office_2019_001=1, housing_2024_003=1)
q("colloquial", "住院看病报销", office_2023_005=3, health_2024_002=1, health_2024_006=1)
q("colloquial", "吃低保", civil_2024_001=3, civil_2024_002=2, civil_2024_003=2, civil_2024_004=2, civil_2020_001=1, civil_2023_001=1, qingshi_2025_001=1)
q("colloquial", "孩子上小学报名", edu_2025_001=3, edu_2024_001=2, edu_2024_007=2, edu_2024_004=2, edu_2023_001=1)
q("colloquial", "种地补贴", agri_2024_001=3, agri_2023_001=2, agri_2024_002=2, qingshi_2024_001=2, agri_2024_003=1, agri_2025_001=1)
q("colloquial", "老房子装电梯", housing_2023_003=3, housing_2022_001=2, housing_2025_001=2)
q("colloquial", "廉租房", housing_2023_001=3, housing_2024_001=2)
q("colloquial", "烧秸秆罚款", office_2022_002=3, emergency_2025_002=1)
q("colloquial", "县里一年财政收入多少钱", office_2024_005=3, office_2023_001=3, office_2024_001=1, office_2025_001=1, qingshi_2023_001=1, qingshi_2024_002=1, office_2023_006=1)
q("colloquial", "宫颈癌疫苗免费打", health_2024_005=3)
q("colloquial", "想找个公益岗", qingshi_2024_006=3, office_2021_001=1)
q("colloquial", "农村盖房子批地", agri_2024_012=3, agri_2024_013=3, qingshi_2025_002=2)
q("colloquial", "发大水群众转移", emergency_2024_002=3, qingshi_2023_002=2, emergency_2020_001=1, office_2025_003=1, emergency_2025_004=1)
q("colloquial", "老人补助金", civil_2025_001=3, civil_2025_002=2)
q("colloquial", "补课班退费", edu_2025_002=3, edu_2022_001=1)
q("colloquial", "火化费收多少", civil_2022_001=3)
# question
q("question", "低保在哪里申请", civil_2024_001=3, civil_2024_002=3, civil_2020_001=1, civil_2024_004=1, qingshi_2025_001=1)
q("question", "外地户口的孩子能不能在县城上学", edu_2024_007=3, edu_2025_001=2, edu_2024_001=2, edu_2023_001=1)
q("question", "怎么申请公租房", housing_2023_001=3, housing_2024_001=1)
q("question", "房子被征收对补偿不服怎么办", office_2024_004=3, office_2024_003=2, office_2019_001=1, housing_2024_002=1)
q("question", "农机补贴怎么申请", agri_2024_003=3, agri_2025_001=2)
q("question", "今年城乡低保标准是多少", civil_2024_003=3, civil_2023_001=2, civil_2024_001=1)
q("question", "森林防火期能不能上坟烧纸", emergency_2025_002=3)
q("question", "家庭医生签约要交钱吗", health_2024_002=3)
q("question", "县城发生地震去哪里避难", emergency_2025_003=3)
q("question", "北门片区征收的评估公司是哪家", housing_2024_003=3, housing_2024_002=2, office_2024_004=1)
q("question", "第三小学教学楼是哪家公司中标的", edu_2025_004=3, edu_2025_003=2)
q("question", "农村宅基地最多能批多大面积", agri_2024_013=3, agri_2024_012=3, qingshi_2025_002=1)
q("question", "孤儿每个月能领多少生活费", civil_2026_001=3)
# keyword
q("keyword", "高龄津贴", civil_2025_001=3, civil_2025_002=1)
q("keyword", "公共租赁住房", housing_2023_001=3, housing_2024_001=3)
q("keyword", "重污染天气", office_2024_007=3, office_2020_001=2, housing_2024_004=1)
q("keyword", "耕地地力保护补贴", agri_2024_001=3, agri_2023_001=3, agri_2024_002=3, qingshi_2024_001=3, agri_2024_004=1, agri_2023_005=1, agri_2024_005=1)
q("keyword", "统计公报", office_2025_001=3, office_2024_001=3, health_2026_001=3)
q("keyword", "临时救助", civil_2023_002=3, civil_2024_006=1)
q("keyword", "医疗废物", health_2025_003=3, health_2021_001=2)
# terms
q("terms", "部门预算 三公经费", edu_2024_003=2, edu_2023_002=2, health_2024_001=2, health_2023_002=2, civil_2024_006=2, civil_2023_003=2, housing_2024_005=2, housing_2023_002=2, agri_2024_004=2, agri_2023_005=2, emergency_2024_006=2, emergency_2023_002=2, qingshi_2024_002=1, qingshi_2023_001=1, edu_2023_003=1, agri_2024_005=1, office_2023_001=1, office_2023_006=1)
q("terms", "房屋征收 产权调换", office_2024_003=3, housing_2024_002=3, office_2019_001=2, office_2024_004=2)
q("terms", "燃气 安全生产 专项整治", emergency_2024_003=3, emergency_2024_001=2, emergency_2023_001=1, emergency_2024_007=1)
q("terms", "学前教育 资助 名单", edu_2024_002=3, edu_2024_005=1)
q("terms", "老旧小区改造 加装电梯", housing_2022_001=3, housing_2025_001=3, housing_2023_003=3, office_2026_001=1)
q("terms", "政府信息公开 工作年度报告", office_2025_002=3, qingshi_2026_001=3, office_2024_012=1)
q("terms", "畜禽养殖 禁养区", agri_2025_002=3, agri_2021_001=2)
# noisy
q("noisy", "竹溪县 2024年 教育局 部门预算 全文下载", edu_2024_003=3, edu_2023_002=1, edu_2023_003=1)
q("noisy", "最新 低保标准 调整 通知 文件", civil_2024_003=3, civil_2023_001=2)
q("noisy", "青石镇 道路硬化 招标公告 2024 下载", qingshi_2024_004=3, qingshi_2024_005=2)
q("noisy", "竹溪 防汛 应急预案 最新版 全文", emergency_2024_002=3, qingshi_2023_002=2, emergency_2020_001=1, office_2025_003=1)
q("noisy", "2025年 县人民医院 CT 采购 结果 查询", health_2025_002=3, health_2025_001=2)
q("noisy", "县政府 停车难 人大代表 建议 答复 文件", office_2023_003=3, office_2023_002=1)
# typo
q("typo", "最底生活保障", civil_2024_001=3, civil_2024_002=2, civil_2020_001=2, civil_2024_003=2, civil_2023_001=2, civil_2024_004=2, qingshi_2025_001=1)
q("typo", "耕地地力保户补贴", agri_2024_001=3, agri_2023_001=3, agri_2024_002=3, qingshi_2024_001=3, agri_2024_004=1, agri_2023_005=1, agri_2024_005=1)
q("typo", "公共祖赁住房", housing_2023_001=3, housing_2024_001=3)
q("typo", "重污染天汽应急预案", office_2024_007=3, office_2020_001=2, housing_2024_004=1)
q("typo", "房屋征收与补尝办法", office_2024_003=3, office_2019_001=2, office_2024_004=2, housing_2024_002=1)
q("typo", "医疗费物处置", health_2025_003=3, health_2021_001=2)
# traditional
q("traditional", "房屋徵收補償辦法", office_2024_003=3, office_2019_001=2, office_2024_004=2, housing_2024_002=1)
q("traditional", "臨時救助", civil_2023_002=3, civil_2024_006=1)
q("traditional", "義務教育招生入學", edu_2025_001=3, edu_2024_001=3, edu_2023_001=3, edu_2024_007=2, edu_2024_004=1)
q("traditional", "應急避難場所", emergency_2025_003=3)
# doc_number
q("doc_number", "竹政发〔2024〕3号", office_2024_003=3, housing_2024_002=2)
q("doc_number", "国务院令第590号", office_2019_001=2, office_2024_003=2, housing_2024_002=2)
q("doc_number", "竹教〔2024〕12号", edu_2024_001=3, edu_2024_004=2, edu_2025_001=2)
q("doc_number", "竹政发(2022)8号", office_2022_001=3, office_2025_003=2, emergency_2024_002=2)
q("doc_number", "竹政函[2025]18号", office_2025_004=3, agri_2025_002=2)
q("doc_number", "国办发〔2021〕42号", office_2023_005=2)
# partial_doc_number
q("partial_doc_number", "竹建7号", housing_2023_001=3, housing_2024_001=2)
q("partial_doc_number", "2023年12号", office_2023_005=3, edu_2023_001=3, civil_2023_002=3)
q("partial_doc_number", "竹农2021年2号", agri_2021_001=3, agri_2025_002=2)
q("partial_doc_number", "590号令", office_2019_001=2, office_2024_003=2, housing_2024_002=2)
q("partial_doc_number", "竹应急8号文", emergency_2024_002=3)
# index_number
q("index_number", "{index_number:zx-civil-2024-001}", civil_2024_001=3)
q("index_number", "{index_number:zx-emergency-2024-002}", emergency_2024_002=3)
q("index_number", "{index_number:zx-health-2025-003}", health_2025_003=3)

if __name__ == "__main__":
    keys = {i["key"] for i in json.loads(Path(__file__).with_name("catalogue.json").read_text())["items"]}
    for query in Q:
        for k in query["relevant"]:
            assert k in keys, (query["q"], k)
    Path(__file__).with_name("queries.json").write_text(json.dumps({"queries": Q}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    from collections import Counter
    print(len(Q), Counter(x["kind"] for x in Q))
