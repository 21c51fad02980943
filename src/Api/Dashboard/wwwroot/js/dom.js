// Building DOM without innerHTML for data from the API (no markup injection from customer names or notes).
export function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key in element && typeof element[key] !== 'function' && !key.includes('-')) element[key] = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

// A card: <section class="card"> with a heading (and a count) labelling it.
export function card(id, title, ...children) {
  return el('section', { className: 'card', id, 'aria-labelledby': `${id}-title` },
    el('h2', { id: `${id}-title` }, title), ...children);
}

// A definition list of label/value pairs, leaving out empty values.
export function facts(pairs) {
  const list = el('dl', { className: 'facts' });
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    list.append(el('dt', {}, term), el('dd', {}, String(value)));
  }
  return list;
}

export const customerLink = (id, name) => el('a', { href: `#customer/${encodeURIComponent(id)}` }, name ?? id);
