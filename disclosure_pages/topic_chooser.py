"""The 主题分类 chooser of the item form: the two-level tree as one group per first-level
class, with a search box that narrows it as the editor types (static/…/topic-select.js)."""
from django import forms


class TopicSelect(forms.Select):
    template_name = "disclosure_pages/widgets/topic_select.html"

    class Media:
        js = ["disclosure_pages/topic-select.js"]
        css = {"all": ["disclosure_pages/topic-select.css"]}

    def __init__(self, attrs=None):
        super().__init__(attrs={"size": 12, **(attrs or {})})

    def optgroups(self, name, value, attrs=None):
        chosen = {str(v) for v in value if v not in (None, "")}
        groups = []
        index = 0
        # The field's own queryset (Topic), so this module needs no import of the models.
        for first_level in self.choices.queryset.filter(parent=None).prefetch_related("children"):
            # Items are filed under second-level classes; a first-level one is offered only
            # where an imported item already holds it, so saving never loses the value.
            topics = list(first_level.children.all())
            if str(first_level.pk) in chosen:
                topics.insert(0, first_level)
            options = [
                self.create_option(name, topic.pk, topic.name, str(topic.pk) in chosen, index + n)
                for n, topic in enumerate(topics)
            ]
            index += len(options)
            groups.append((first_level.name, options, index))
        return groups
