"""The portal's own pages: the catalogue (公开目录) by organ and by topic, the fixed
sections (栏目) and robots.txt. Item and catalogue pages are Wagtail pages."""
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from gongkai.disclosure_pages.models import Organ, Topic

from .catalogue_listing import SORTS, CatalogueUnavailable, browse_catalogue
from .sections import SECTIONS


def organ_tree():
    """Top-level organs, each with `.subordinates` set to its children (recursively)."""
    organs = list(Organ.objects.order_by("name"))
    by_parent = {}
    for organ in organs:
        by_parent.setdefault(organ.parent_id, []).append(organ)
    for organ in organs:
        organ.subordinates = by_parent.get(organ.pk, [])
    return by_parent.get(None, [])


def topic_tree():
    return Topic.objects.filter(parent__isnull=True).prefetch_related("children")


def page_number(request):
    value = request.GET.get("page", "1")
    return int(value) if value.isascii() and value.isdigit() else 1


class CatalogueView(TemplateView):
    """公开目录: every public item, or one organ's or one topic's, in the portals' usual table."""

    template_name = "portal/catalogue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organ = topic = None
        if "organ_id" in kwargs:
            organ = get_object_or_404(Organ, pk=kwargs["organ_id"])
        if "topic_code" in kwargs:
            topic = get_object_or_404(Topic.objects.select_related("parent"), code=kwargs["topic_code"])
        sort = self.request.GET.get("sort")
        if sort not in SORTS:
            sort = SORTS[0]
        context.update(
            organ=organ,
            topic=topic,
            sort=sort,
            organ_tree=organ_tree(),
            topic_tree=topic_tree(),
            feed_url=self.feed_url(organ, topic),
        )
        try:
            context["listing"] = browse_catalogue(
                organ=organ, topic=topic, sort=sort, page=page_number(self.request)
            )
        except CatalogueUnavailable:
            context["catalogue_unavailable"] = True
        return context

    def render_to_response(self, context, **response_kwargs):
        if context.get("catalogue_unavailable"):
            response_kwargs["status"] = 503
        return super().render_to_response(context, **response_kwargs)

    @staticmethod
    def feed_url(organ, topic):
        if organ is not None:
            return reverse("portal:organ_feed", args=[organ.pk])
        if topic is not None:
            return reverse("portal:topic_feed", args=[topic.code])
        return reverse("portal:latest_feed")


class SectionView(TemplateView):
    """One fixed section, for the whole site or for one organ."""

    def get_template_names(self):
        return [f"portal/sections/{self.kwargs['section']}.html"]

    def get_context_data(self, **kwargs):
        if kwargs["section"] not in SECTIONS:
            raise Http404
        context = super().get_context_data(**kwargs)
        organ = None
        if "organ_id" in kwargs:
            organ = get_object_or_404(Organ.objects.select_related("catalogue"), pk=kwargs["organ_id"])
        context.update(
            organ=organ,
            section_title=SECTIONS[kwargs["section"]],
            organs=Organ.objects.order_by("name"),
        )
        return context


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("gongkai_crawlers:sitemap"))
    # The addresses are reversed: the site chooses where the admin and the portal live.
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('wagtailadmin_home')}",
        f"Disallow: {reverse('portal:search_feed')}",
        f"Sitemap: {sitemap}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
