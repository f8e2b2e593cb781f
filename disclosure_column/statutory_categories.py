"""The categories of 法定主动公开内容 every installation ships: the fifteen clauses of Art. 20 and
the county and township matters of Art. 21 of the Regulation (2019 text), each mapped to the
shipped topics (by code) and genres where one exists, with the interval after which nothing new
makes it stale. The office edits them like any category; loading never overwrites its edits."""

ART20, ART21 = "art20", "art21"
MONTHLY, YEARLY = 31, 366

# (code, basis, name, topic codes, genre codes, normative documents, update interval in days)
SHIPPED = [
    ("art20-01", ART20, "行政法规、规章和规范性文件", [], [], True, None),
    ("art20-02", ART20, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名", [], [], False, None),
    ("art20-03", ART20, "国民经济和社会发展规划、专项规划、区域规划及相关政策", ["0201"], ["gui-hua"], False, YEARLY),
    ("art20-04", ART20, "国民经济和社会发展统计信息", ["0206"], [], False, MONTHLY),
    ("art20-05", ART20, "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果", [], [], False, None),
    (
        "art20-06", ART20, "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
        [], [], False, None,
    ),
    ("art20-07", ART20, "财政预算、决算信息", ["0301"], [], False, YEARLY),
    ("art20-08", ART20, "行政事业性收费项目及其依据、标准", ["0204"], [], False, None),
    ("art20-09", ART20, "政府集中采购项目的目录、标准及实施情况", [], [], False, None),
    ("art20-10", ART20, "重大建设项目的批准和实施情况", [], [], False, None),
    (
        "art20-11", ART20, "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
        ["1603", "1002", "1201", "1403", "1402"], [], False, None,
    ),
    ("art20-12", ART20, "突发公共事件的应急预案、预警信息及应对情况", ["0101", "1601"], [], False, None),
    (
        "art20-13", ART20, "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
        ["0907", "0804", "0803", "0802"], [], False, None,
    ),
    ("art20-14", ART20, "公务员招考的职位、名额、报考条件等事项以及录用结果", ["1401"], [], False, YEARLY),
    ("art20-15", ART20, "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息", [], [], False, None),
    ("art21-01", ART21, "市政建设", ["0902"], [], False, None),
    ("art21-02", ART21, "公共服务", [], [], False, None),
    ("art21-03", ART21, "公益事业", [], [], False, None),
    ("art21-04", ART21, "土地征收", ["0401"], [], False, None),
    ("art21-05", ART21, "房屋征收", [], [], False, None),
    ("art21-06", ART21, "治安管理", ["1501"], [], False, None),
    ("art21-07", ART21, "社会救助", ["1602"], [], False, None),
    ("art21-08", ART21, "贯彻落实农业农村政策（乡镇）", ["0501"], [], False, None),
    ("art21-09", ART21, "农田水利工程建设运营（乡镇）", ["0503"], [], False, None),
    ("art21-10", ART21, "农村土地承包经营权流转（乡镇）", [], [], False, None),
    ("art21-11", ART21, "宅基地使用情况审核（乡镇）", [], [], False, None),
    ("art21-12", ART21, "筹资筹劳（乡镇）", [], [], False, None),
]


def load_statutory_categories(category_model, topic_model, genre_model):
    """Create each shipped category that does not exist yet. One the office already has (same
    code, or a local one of the same name) is kept as the office left it."""
    for position, (code, basis, name, topics, genres, normative, interval) in enumerate(SHIPPED, start=1):
        if category_model.objects.filter(code=code).exists():
            continue
        local = category_model.objects.filter(code=None, name=name).order_by("pk").first()
        if local is not None:
            category_model.objects.filter(pk=local.pk).update(code=code)
            continue
        category = category_model.objects.create(
            code=code, basis=basis, name=name, sort_order=position * 10, normative=normative, update_interval_days=interval
        )
        category.topics.set(topic_model.objects.filter(code__in=topics))
        category.genres.set(genre_model.objects.filter(code__in=genres))


def unload_statutory_categories(category_model):
    """Remove the shipped categories the office left as shipped; an edited one stays, as a local category."""
    for code, basis, name, topics, genres, normative, interval in SHIPPED:
        category = category_model.objects.filter(code=code).first()
        if category is None:
            continue
        as_shipped = (
            (category.basis, category.name, category.normative, category.update_interval_days) == (basis, name, normative, interval)
            and sorted(category.topics.values_list("code", flat=True)) == sorted(topics)
            and sorted(category.genres.values_list("code", flat=True)) == sorted(genres)
            and not category.items.exists()
        )
        if as_shipped:
            category.delete()
        else:
            category_model.objects.filter(pk=category.pk).update(code=None)
