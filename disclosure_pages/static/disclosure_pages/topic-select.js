// Narrows the 主题分类 tree to the classes whose name (or first-level name) holds the typed
// text. Delegated from the document, so forms loaded later (modals, inline panels) work too.
document.addEventListener('input', (event) => {
  const search = event.target.closest('[data-topic-select-search]');
  if (!search) return;
  const chooser = search.closest('[data-topic-select]');
  const query = search.value.trim().toLowerCase();
  let shown = 0;
  chooser.querySelectorAll('optgroup').forEach((group) => {
    const groupMatches = group.label.toLowerCase().includes(query);
    let groupShown = 0;
    group.querySelectorAll('option').forEach((option) => {
      const visible = !query || groupMatches || option.text.toLowerCase().includes(query);
      option.hidden = !visible;
      groupShown += visible ? 1 : 0;
    });
    group.hidden = groupShown === 0;
    shown += groupShown;
  });
  chooser.querySelector('[data-topic-select-none]').hidden = shown > 0;
});
