"""A realistic Chinese disclosure catalogue of N items, written straight into the database.

Items are varied from templates of county documents (notices, opinions, plans, reports,
announcements) over real topics and genres; rows are bulk-inserted (Wagtail's add_child
would take hours for 100,000 pages), with tree paths computed as treebeard would. Each item is
public the way an imported one is: a legacy secrecy review (历史数据导入) of its content stands in
the review ledger, signed with LEDGER_KEY, and is noted in its history, so the gate passes it.
"""
import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry, Site

from gongkai.disclosure_pages.doc_numbers import parse_doc_number
from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage, Genre, Organ, Topic
from gongkai.review_workflow.choices import Conclusion, RecordKind
from gongkai.review_workflow.constants import SECRECY_REVIEW_ACTION
from gongkai.review_workflow.fingerprints import fingerprints_among
from gongkai.review_workflow.ledger import record_hash
from gongkai.review_workflow.ledger_signing import record_message, sign
from gongkai.review_workflow.models import SecrecyReviewRecord

# The ledger key the generated reviews are signed with; the benchmark's server is given it
# (search_latency), as a site's server has the key its reviews were signed with.
LEDGER_KEY = "benchmark-ledger-key-not-a-secret"
REVIEW_BASIS = "基准测试生成的条目，视同历史系统已审查"

ORGANS = [
    ("方山县人民政府办公室", "111411994056312813", "方政办"),
    ("方山县生态环境局", "11141199405631361N", "方环"),
    ("方山县青石镇人民政府", "11141199405631441A", "方青政"),
]
SUBJECTS = [
    "防汛抗旱应急预案", "城乡居民最低生活保障", "优化营商环境", "大气污染防治", "农村宅基地审批管理",
    "河长制工作", "农村危房改造", "食品安全重点工作", "义务教育招生入学", "耕地保护目标责任",
    "森林防火", "安全生产隐患排查", "基本养老服务体系", "乡村振兴", "秸秆综合利用", "政府采购",
    "事业单位公开招聘", "疫苗流通和预防接种", "生活污水处理", "地表水质量监测", "财政预算执行",
    "三公经费", "政务公开", "医疗保障", "就业创业补贴", "老旧小区改造", "农田水利建设", "道路交通安全",
]
ACTIONS = ["关于印发《方山县{s}实施方案》的通知", "关于进一步加强{s}工作的意见", "关于{s}情况的通报",
           "关于做好{s}工作的通知", "{y}年{s}工作要点", "关于{s}有关事项的公告", "{s}专项行动方案"]
SENTENCES = [
    "各乡镇人民政府，县直各有关单位：为切实做好{s}工作，结合本县实际，现就有关事项通知如下。",
    "坚持以人民为中心的发展思想，统筹推进{s}，确保各项任务落到实处。",
    "各单位要高度重视，明确责任分工，建立工作台账，按月报送进展情况。",
    "县财政安排专项资金，支持{s}重点项目建设，资金使用情况接受审计监督。",
    "对工作推进不力、造成严重后果的，依法依规追究有关人员责任。",
    "本文件自印发之日起施行，由县{o}负责解释。",
    "{y}年底前完成{s}的摸底排查，建立问题清单和整改清单，实行销号管理。",
    "加强宣传引导，通过政府网站、政务新媒体等渠道及时公开工作进展，回应群众关切。",
]


def base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text.rjust(width, "0")


def ensure_catalogues():
    root = Site.objects.get(is_default_site=True).root_page
    catalogues = []
    for n, (name, code, _) in enumerate(ORGANS):
        organ, _ = Organ.objects.get_or_create(code=code, defaults={"name": name, "short_name": name[-4:]})
        catalogue = DisclosureCatalogueIndexPage.objects.filter(organ=organ).first()
        if catalogue is None:
            catalogue = DisclosureCatalogueIndexPage(title=f"{name}信息公开目录", slug=f"catalogue-{n}", organ=organ)
            root.add_child(instance=catalogue)
        catalogues.append(catalogue)
    return catalogues


def generate(count, seed=6, batch=1000, progress=None):
    """Add `count` live public items spread over three organs' catalogues."""
    rng = random.Random(seed)
    catalogues = ensure_catalogues()
    topics = list(Topic.objects.filter(parent__isnull=False))
    genres = list(Genre.objects.all())
    content_type = ContentType.objects.get_for_model(DisclosureItemPage)
    locale = Locale.get_default()
    next_child = {c.pk: c.numchild for c in catalogues}
    serials = {}
    made = 0
    last = SecrecyReviewRecord.objects.order_by("-sequence").first()
    ledger_end = (last.sequence, last.record_hash) if last else (0, "")
    while made < count:
        size = min(batch, count - made)
        with transaction.atomic():
            pages, items = [], []
            for _ in range(size):
                catalogue = rng.choice(catalogues)
                organ_name, code, agency = next(o for o in ORGANS if o[1] == catalogue.organ.code)
                next_child[catalogue.pk] += 1
                written = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(4000))
                serial = serials[(code, written.year)] = serials.get((code, written.year), 0) + 1
                subject = rng.choice(SUBJECTS)
                title = organ_name + rng.choice(ACTIONS).format(s=subject, y=written.year)
                slug = f"item-{code[-6:].lower()}-{written.year}-{serial}"
                published = timezone.make_aware(datetime.datetime.combine(written, datetime.time(9)))
                pages.append(Page(
                    path=catalogue.path + base36(next_child[catalogue.pk]), depth=catalogue.depth + 1,
                    numchild=0, translation_key=uuid.uuid4(), locale=locale, live=True,
                    has_unpublished_changes=False, first_published_at=published, last_published_at=published,
                    title=title, draft_title=title, slug=slug, content_type=content_type,
                    url_path=f"{catalogue.url_path}{slug}/",
                ))
                body = "".join(f"<p>{rng.choice(SENTENCES).format(s=subject, y=written.year, o=organ_name[3:])}</p>"
                               for _ in range(rng.randint(4, 10)))
                items.append(dict(
                    organ_id=catalogue.organ_id, index_number=f"{code}/{written.year}-{serial:05d}",
                    doc_number=f"{agency}〔{written.year}〕{serial}号" if rng.random() < 0.7 else "",
                    written_date=written, published_date=written, topic=rng.choice(topics), genre=rng.choice(genres),
                    disclosure="public", classification="none", validity=rng.choice(["valid"] * 8 + ["repealed", "expired"]),
                    abstract=f"明确{subject}的目标任务、责任分工和保障措施。", body=body,
                ))
            Page.objects.bulk_create(pages)
            _insert_items(pages, items)
            ledger_end = _record_reviews([page.pk for page in pages], ledger_end, content_type)
        made += size
        if progress:
            progress(size)
    for catalogue in catalogues:
        Page.objects.filter(pk=catalogue.pk).update(numchild=next_child[catalogue.pk])
    return made


def _insert_items(pages, items):
    """Rows of the item table for just inserted pages (bulk_create refuses MTI children)."""
    table = DisclosureItemPage._meta.db_table
    columns = ["page_ptr_id", "organ_id", "index_number", "doc_number", "doc_number_agency", "doc_number_year",
               "doc_number_serial", "co_issuers", "written_date", "published_date", "topic_id", "genre_id",
               "disclosure", "reason", "classification", "secrecy_period", "validity", "normative",
               "needs_interpretation", "no_interpretation_reason", "abstract", "body"]
    rows = []
    for page, item in zip(pages, items, strict=True):
        parsed = parse_doc_number(item["doc_number"])
        rows.append((page.pk, item["organ_id"], item["index_number"], parsed.text, parsed.agency, parsed.year,
                     parsed.serial, "", item["written_date"], item["published_date"], item["topic"].pk,
                     item["genre"].pk, item["disclosure"], "", item["classification"], "", item["validity"], False,
                     False, "", item["abstract"], item["body"]))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})", rows
        )


def _record_reviews(page_ids, ledger_end, content_type):
    """A passing legacy review of each item's stored content, appended to the ledger after
    `ledger_end` (sequence, hash) as ledger.append_record appends one, and noted in the item's
    history; returns the new end. The chain's head is not anchored: the gate does not read anchors,
    and the checkout's anchor file belongs to its own database."""
    items = list(DisclosureItemPage.objects.filter(pk__in=page_ids).order_by("pk"))
    sequence, previous_hash = ledger_end
    reviewed_at = timezone.now().replace(microsecond=0)
    records, entries = [], []
    with override_settings(GONGKAI_LEDGER_KEY=LEDGER_KEY):
        for item, fingerprint in zip(items, fingerprints_among(items), strict=True):
            sequence += 1
            record = SecrecyReviewRecord(
                sequence=sequence, previous_hash=previous_hash, kind=RecordKind.LEGACY_IMPORT, page_id=item.pk,
                page_title=item.get_admin_display_title()[:255], organ_id=item.organ_id, fingerprint=fingerprint,
                reviewer_name="", reviewed_at=reviewed_at, conclusion=Conclusion.APPROVE, basis=REVIEW_BASIS,
            )
            record.record_hash = previous_hash = record_hash(record)
            record.record_hmac = sign(record_message(record.record_hash))
            records.append(record)
            entries.append(PageLogEntry(
                page_id=item.pk, content_type=content_type, label=record.page_title, action=SECRECY_REVIEW_ACTION,
                timestamp=reviewed_at, data={"sequence": sequence, "hash": record.record_hash,
                                             "conclusion": record.conclusion, "kind": record.kind},
            ))
    SecrecyReviewRecord.objects.bulk_create(records)
    PageLogEntry.objects.bulk_create(entries)
    return sequence, previous_hash
