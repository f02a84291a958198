// Suggestions while typing in the search box: Chinese, pinyin or initials, from the API's
// suggestArticles. A headline goes to its story; anything else becomes the query.
(() => {
  const input = document.getElementById('q');
  const list = document.getElementById('suggestions');
  if (!input || !list) return;
  const KINDS = { TITLE: '案例', PLACE: '地点', STATION: '联络站', DEPUTY: '代表', TAG: '主题' };
  let timer = 0, asked = 0, active = -1, items = [];

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = (item) => {
    if (item.kind === 'TITLE' && item.slug) { location.href = '/articles/' + encodeURIComponent(item.slug); return; }
    input.value = item.text; close(); input.form.submit();
  };
  const mark = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', 'suggestion-' + index);
  };
  const show = (found) => {
    items = found; list.replaceChildren();
    found.forEach((item, i) => {
      const li = document.createElement('li');
      li.id = 'suggestion-' + i; li.setAttribute('role', 'option'); li.setAttribute('aria-selected', 'false');
      const text = document.createElement('span'); text.textContent = item.text;
      const kind = document.createElement('span'); kind.className = 'kind'; kind.textContent = KINDS[item.kind] || '';
      li.append(text, kind);
      li.addEventListener('mousedown', (event) => { event.preventDefault(); choose(item); });
      list.append(li);
    });
    if (found.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); active = -1; } else close();
  };
  const ask = async (prefix) => {
    const ticket = ++asked;
    try {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: 'query($p: String!) { suggestArticles(prefix: $p, first: 8) { text kind slug } }', variables: { p: prefix } }) });
      const body = await response.json();
      if (ticket === asked) show((body.data && body.data.suggestArticles) || []);
    } catch (e) { if (ticket === asked) close(); }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix || prefix.length > 50) { asked++; close(); return; }
    timer = setTimeout(() => ask(prefix), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') { event.preventDefault(); mark((active + 1) % items.length); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); mark((active - 1 + items.length) % items.length); }
    else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); choose(items[active]); }
    else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
})();
