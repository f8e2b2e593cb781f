"""The gate as a rule with state: after any sequence of edits, review decisions, publishing
and withdrawals, an item is public exactly when its live content's latest decision passes and
no withdrawal came after that decision; publishing succeeds exactly when the same holds for
the content being published."""
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import PublicationRefused, may_be_public_now
from gongkai.review_workflow.choices import Conclusion, RecordKind
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.ledger import append_record
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction

BODIES = ("<p>甲稿</p>", "<p>乙稿</p>", "<p>丙稿</p>")
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, len(BODIES) - 1)),
        st.tuples(st.just("decide"), st.sampled_from(list(Conclusion))),
        st.tuples(st.just("publish")),
        st.tuples(st.just("publish")),
        st.tuples(st.just("withdraw")),
    ),
    max_size=12,
)
slugs = itertools.count()


class Model:
    """What the rule says, kept apart from the product: contents are the body indexes."""

    def __init__(self):
        self.clock = itertools.count()
        self.decisions = []  # (content, conclusion, time)
        self.withdrawals = []  # time
        self.draft = 0
        self.live = None

    def passes(self, content):
        on_content = [decision for decision in self.decisions if decision[0] == content]
        if not on_content:
            return False
        _content, conclusion, time = on_content[-1]
        passing = conclusion in (Conclusion.APPROVE, Conclusion.APPROVE_REDACTED)
        return passing and not any(withdrawn > time for withdrawn in self.withdrawals)

    def public(self):
        return self.live is not None and self.passes(self.live)


def stored(item):
    return DisclosureItemPage.objects.get(pk=item.pk)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_public_exactly_when_the_latest_decision_on_the_live_content_passes_unrevoked(
    make_item, reviewer, leader, steps
):
    item = make_item(slug=f"property-{next(slugs)}", body=BODIES[0])
    revision = item.save_revision()
    model = Model()
    for step in steps:
        if step[0] == "edit":
            item = stored(item)
            item.body = BODIES[step[1]]
            revision = item.save_revision()
            model.draft = step[1]
        elif step[0] == "decide":
            append_record(
                stored(item),
                reviewer,
                kind=RecordKind.REVIEW,
                revision=revision,
                fingerprint=revision_fingerprint(revision),
                conclusion=step[1],
            )
            model.decisions.append((model.draft, step[1], next(model.clock)))
        elif step[0] == "publish":
            expected = model.passes(model.draft)
            try:
                revision.publish()
                published = True
            except PublicationRefused:
                published = False
            assert published == expected
            if published:
                model.live = model.draft
        elif step[0] == "withdraw" and model.live is not None:
            WithdrawItemAction(stored(item), user=leader, reason="复核发现问题").execute()
            model.withdrawals.append(next(model.clock))
            model.live = None
        assert may_be_public_now(stored(item)) == model.public(), (step, model.__dict__)
