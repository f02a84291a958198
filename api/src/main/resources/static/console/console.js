// The staff console: a client of the same GraphQL API everyone uses, signed in with a
// bearer token kept for this tab only (sessionStorage; no cookies, so nothing for another
// site to forge). The API decides what the account may read and do; the console shows
// its answers and its refusals.

const LABELS = {
  kind: { MICRO_PROJECT: '民生微实事', DEPUTY_SUGGESTION: '代表建议', DRAFT_LAW_OPINION: '立法意见', VOTED_LIVELIHOOD_PROJECT: '民生实事票决', SUPERVISION: '监督' },
  status: { RECEIVED: '已受理', IN_PROGRESS: '办理中', SUBMITTED: '已报送', COMPLETED: '已办结', CLOSED: '已关闭' },
  stage: { REPORTED: '群众反映', COLLECTED: '代表收集', ASSIGNED: '平台分办', HANDLED: '部门处置', FEEDBACK: '结果反馈', EVALUATED: '群众评价' },
  role: { ADMIN: '管理员', STEWARD: '站点管理员', EDITOR: '编辑', PUBLISHER: '发布人', VIEWER: '查看' },
  state: { DRAFT: '草稿', IN_REVIEW: '待审', APPROVED: '已批准', PUBLISHED: '已发布', UNPUBLISHED: '已下线', ARCHIVED: '已归档' },
  finding: { MOBILE_NUMBER: '手机号码', LANDLINE_NUMBER: '固定电话', ID_NUMBER: '身份证号', BANK_CARD: '银行卡号', EMAIL: '电子邮箱',
    LICENCE_PLATE: '车牌号', NAMED_RESIDENT: '群众姓名', PRIVATE_LINK: '内部链接', MISSING_TITLE: '缺少标题',
    MISSING_STANDFIRST: '缺少导语', NO_CASE: '没有关联案例', NO_REGION: '没有地区' },
  field: { title: '标题', standfirst: '导语', coverText: '卡片文字', body: '正文', tags: '标签', slug: '网址名', cases: '案例' },
};
const ERRORS = { FORBIDDEN: '没有权限：这超出了你的角色或负责的区域', UNAUTHORIZED: '请重新登录', NOT_FOUND: '找不到', BAD_REQUEST: '输入有误', CONFLICT: '别人已经改过，请刷新后再试', WRONG_STATE: '当前状态下不能这样做', UNAVAILABLE: '服务暂时不可用，请稍后再试', TOO_MANY_ATTEMPTS: '尝试次数太多，请稍后再试' };
const TOKEN = 'grassroots.token';

/** An element with attributes and children; text is always text, never markup. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => describe(e)).join('；'));
    this.classifications = errors.map((e) => (e.extensions && e.extensions.classification) || 'ERROR');
  }
}

function describe(error) {
  const classification = (error.extensions && error.extensions.classification) || '';
  const field = error.extensions && error.extensions.field;
  const known = ERRORS[classification];
  return (known ? known + (field ? `（${field}）` : '') + '：' : '') + error.message;
}

async function gql(query, variables = {}) {
  const headers = { 'Content-Type': 'application/json' };
  const token = sessionStorage.getItem(TOKEN);
  if (token) headers.Authorization = 'Bearer ' + token;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json().catch(() => ({ errors: [{ message: '服务器没有正确回答（' + response.status + '）' }] }));
  // An error on a field below the root (a staff-only field outside the account's regions)
  // leaves that field empty; an error on the root field fails the whole call
  const failures = (body.errors || []).filter((e) => !body.data || !e.path || e.path.length <= 1);
  if (failures.length) {
    const failure = new ApiError(failures);
    if (failure.classifications.includes('UNAUTHORIZED')) { sessionStorage.removeItem(TOKEN); state.me = null; }
    throw failure;
  }
  return body.data;
}

const state = { me: null, flash: null };

/** Goes to another view, with a message that survives the move. */
function go(hash, message) {
  state.flash = message;
  location.hash = hash;
}

function notice(text, kind = 'ok') {
  const box = document.getElementById('notice');
  box.className = text ? kind : '';
  box.textContent = text || '';
}

/** A view's title and content, shown by whoever asked for it while it is still wanted. */
function page(title, ...content) {
  return [title, ...content];
}

function show(title, ...content) {
  const main = document.getElementById('main');
  document.title = title + ' · 基层人大工作台';
  main.replaceChildren(h('div', {}, h('h1', {}, title), content));
  main.focus();
}

function roles() { return new Set((state.me ? state.me.roles : []).map((grant) => grant.role)); }

function chrome() {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  if (!state.me) { nav.replaceChildren(); who.replaceChildren(); return; }
  const links = [['#/', '概览'], ['#/cases', '案例']];
  if (roles().has('STEWARD') || state.me.admin) links.push(['#/cases/new', '记录新案例']);
  if (roles().has('EDITOR') || roles().has('PUBLISHER') || state.me.admin) links.push(['#/stories', '故事']);
  const here = location.hash || '#/';
  nav.replaceChildren(...links.map(([href, text]) => h('a', { href, 'aria-current': here === href ? 'page' : null }, text)));
  const grants = state.me.roles.map((grant) => (LABELS.role[grant.role] || grant.role) + ' · ' + (grant.region ? grant.region.name : grant.regionKey));
  who.replaceChildren(h('span', { title: grants.join('\n') }, state.me.username, state.me.admin ? '（管理员）' : ''),
    h('button', { type: 'button', onclick: signOut }, '退出'));
}

function signOut() {
  sessionStorage.removeItem(TOKEN);
  state.me = null;
  go('#/sign-in', '已退出');
}

// ---- views ----

function signInView() {
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const answer = await gql('mutation($u: String!, $p: String!) { signIn(input: {username: $u, password: $p}) { token } }',
        { u: data.get('username'), p: data.get('password') });
      sessionStorage.setItem(TOKEN, answer.signIn.token);
      await loadMe();
      go('#/', '');
    } catch (failure) { notice(failure.message, 'error'); }
  } },
  h('label', {}, '用户名', h('input', { name: 'username', autocomplete: 'username', required: true })),
  h('label', {}, '密码', h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
  h('div', {}, h('button', { type: 'submit' }, '登录')));
  show('登录', form);
}

async function dashboardView() {
  const data = await gql(`{ caseStatistics { total fundingYuan beneficiaries
    byStatus { key label count } byKind { key label count } byDistrict { key label count } byMonth { key label count } } }`);
  const s = data.caseStatistics;
  return page('概览',
    h('div', { class: 'cards' },
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '案例'), h('div', { class: 'figure' }, s.total)),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '投入（万元）'), h('div', { class: 'figure' }, (s.fundingYuan / 10000).toFixed(1))),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '受益'), h('div', { class: 'figure' }, s.beneficiaries))),
    chart('按状态', s.byStatus.map((b) => [LABELS.status[b.key] || b.label, b.count])),
    chart('按类别', s.byKind.map((b) => [LABELS.kind[b.key] || b.label, b.count])),
    chart('按区', s.byDistrict.map((b) => [b.label, b.count])),
    chart('按月（提出）', s.byMonth.slice(-12).map((b) => [b.label || b.key, b.count])));
}

/** A horizontal bar chart in SVG, with its figures as text for screen readers too. */
function chart(title, rows) {
  const section = h('section', {}, h('h2', {}, title));
  if (!rows.length) { section.append(h('p', { class: 'muted' }, '没有数据')); return section; }
  const max = Math.max(...rows.map(([, n]) => n), 1);
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  const rowHeight = 26, labelWidth = 130, width = 600;
  svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * rowHeight + 4}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title + '：' + rows.map(([label, n]) => `${label} ${n}`).join('，'));
  rows.forEach(([label, n], i) => {
    const y = i * rowHeight;
    const text = document.createElementNS(NS, 'text');
    text.setAttribute('x', '0'); text.setAttribute('y', String(y + 17)); text.textContent = label;
    const bar = document.createElementNS(NS, 'rect');
    bar.setAttribute('class', 'bar'); bar.setAttribute('x', String(labelWidth)); bar.setAttribute('y', String(y + 4));
    bar.setAttribute('height', '18'); bar.setAttribute('width', String(Math.max(2, (width - labelWidth - 50) * n / max)));
    const figure = document.createElementNS(NS, 'text');
    figure.setAttribute('x', String(labelWidth + 6 + (width - labelWidth - 50) * n / max)); figure.setAttribute('y', String(y + 17));
    figure.textContent = String(n);
    svg.append(text, bar, figure);
  });
  section.append(svg);
  return section;
}

function options(map, chosen, blank) {
  return [blank ? h('option', { value: '' }, blank) : null,
    ...Object.entries(map).map(([value, text]) => h('option', { value, selected: value === chosen }, text))];
}

async function regionsOfCaller() {
  const keys = [...new Set(state.me.roles.map((grant) => grant.regionKey))];
  const found = new Map();
  for (const key of keys) {
    const data = await gql(`query($k: String!) { regions(first: 100, filter: {withinKey: $k}) { edges { node { key name level } } } }`, { k: key });
    data.regions.edges.forEach(({ node }) => found.set(node.key, node));
  }
  return [...found.values()];
}

async function casesView(params) {
  const filter = {};
  if (params.get('kind')) filter.kinds = [params.get('kind')];
  if (params.get('status')) filter.statuses = [params.get('status')];
  if (params.get('region')) filter.regionKey = params.get('region');
  if (params.get('from')) filter.raisedFrom = params.get('from');
  if (params.get('to')) filter.raisedTo = params.get('to');
  if (params.get('text')) filter.titleContains = params.get('text');
  const data = await gql(`query($filter: CaseFilter, $after: String) {
    cases(first: 20, after: $after, filter: $filter, orderBy: {field: RAISED_ON, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { key title kind status place raisedOn region { name } } } } }`,
  { filter, after: params.get('after') || null });
  const regions = await regionsOfCaller().catch(() => []);
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) chosen.set(name, value);
    location.hash = '#/cases?' + chosen;
  } },
  h('label', {}, '标题包含', h('input', { name: 'text', value: params.get('text') || '', maxlength: 100 })),
  h('label', {}, '区域', h('select', { name: 'region' }, h('option', { value: '' }, '全部'),
    regions.map((r) => h('option', { value: r.key, selected: r.key === params.get('region') }, r.name)))),
  h('label', {}, '类别', h('select', { name: 'kind' }, options(LABELS.kind, params.get('kind'), '全部'))),
  h('label', {}, '状态', h('select', { name: 'status' }, options(LABELS.status, params.get('status'), '全部'))),
  h('label', {}, '提出自', h('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
  h('label', {}, '至', h('input', { name: 'to', type: 'date', value: params.get('to') || '' })),
  h('button', { type: 'submit' }, '筛选'));
  const rows = data.cases.edges.map(({ node }) => h('tr', {},
    h('td', {}, h('a', { href: '#/cases/' + encodeURIComponent(node.key) }, node.title)),
    h('td', {}, LABELS.kind[node.kind] || node.kind),
    h('td', {}, LABELS.status[node.status] || node.status),
    h('td', {}, node.region ? node.region.name : node.place),
    h('td', {}, node.raisedOn || '')));
  const next = new URLSearchParams(params);
  next.set('after', data.cases.pageInfo.endCursor || '');
  return page('案例', form,
    h('p', { class: 'muted' }, `共 ${data.cases.totalCount} 个`),
    h('div', { class: 'table' }, h('table', {},
      h('thead', {}, h('tr', {}, ['标题', '类别', '状态', '区域', '提出'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))),
    data.cases.pageInfo.hasNextPage ? h('p', {}, h('a', { href: '#/cases?' + next }, '下一页')) : null);
}

const CASE = `query($id: ID!) { node(id: $id) { ... on Case { id key version title summary narrative kind status place raisedOn completedOn
  fundingYuan beneficiaries region { key name } station { name } raisedBy { name } timeline { stage on note } } } }`;

function caseId(key) {
  const bytes = new TextEncoder().encode('Case:' + key);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function caseView(key) {
  const data = await gql(CASE, { id: caseId(key) });
  const c = data.node;
  if (!c) { return page('找不到这个案例', h('p', {}, h('a', { href: '#/cases' }, '回到案例列表'))); }
  const done = new Set(c.timeline.map((s) => s.stage));
  const advance = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    const form = new FormData(advance);
    try {
      await gql(`mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { case { version } } }`,
        { input: { id: c.id, version: c.version, stage: form.get('stage'), on: form.get('on'), note: form.get('note') || null } });
      show(...await caseView(key));
      notice('已记录：' + LABELS.stage[form.get('stage')]);
    } catch (failure) { notice(failure.message, 'error'); }
  } },
  h('label', {}, '阶段', h('select', { name: 'stage', required: true },
    Object.entries(LABELS.stage).filter(([stage]) => !done.has(stage)).map(([value, text]) => h('option', { value }, text)))),
  h('label', {}, '日期', h('input', { name: 'on', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) })),
  h('label', {}, '说明', h('textarea', { name: 'note', maxlength: 500 })),
  h('div', {}, h('button', { type: 'submit' }, '记录进展')));
  return page(c.title,
    h('dl', { class: 'facts' },
      h('dt', {}, '类别'), h('dd', {}, LABELS.kind[c.kind] || c.kind),
      h('dt', {}, '状态'), h('dd', {}, LABELS.status[c.status] || c.status),
      h('dt', {}, '区域'), h('dd', {}, c.region ? c.region.name : ''),
      h('dt', {}, '地点'), h('dd', {}, c.place),
      c.station ? [h('dt', {}, '联络站'), h('dd', {}, c.station.name)] : null,
      c.raisedBy.length ? [h('dt', {}, '代表'), h('dd', {}, c.raisedBy.map((d) => d.name).join('、'))] : null,
      c.raisedOn ? [h('dt', {}, '提出'), h('dd', {}, c.raisedOn)] : null,
      c.completedOn ? [h('dt', {}, '办结'), h('dd', {}, c.completedOn)] : null,
      h('dt', {}, '版本'), h('dd', {}, c.version)),
    c.summary ? h('p', {}, c.summary) : null,
    h('h2', {}, '办理过程'),
    c.timeline.length ? h('ol', { class: 'timeline' }, c.timeline.map((s) => h('li', {},
      h('strong', {}, LABELS.stage[s.stage] || s.stage), s.on ? h('time', { datetime: s.on }, s.on) : null,
      s.note ? h('div', {}, s.note) : null))) : h('p', { class: 'muted' }, '还没有记录'),
    done.size < Object.keys(LABELS.stage).length ? [h('h2', {}, '记录进展'), advance] : null,
    roles().has('EDITOR') || state.me.admin ? [h('h2', {}, '宣传'), h('button', { type: 'button', class: 'secondary', onclick: async () => {
      try {
        const answer = await gql(`mutation($input: DraftArticleInput!) { draftArticle(input: $input) { article { id } } }`,
          { input: { caseIds: [c.id], idempotencyKey: 'draft-' + c.id } });
        go('#/stories/' + encodeURIComponent(answer.draftArticle.article.id), '已从案例起草故事');
      } catch (failure) { notice(failure.message, 'error'); }
    } }, '写成故事')] : null);
}

// ---- stories ----

async function storiesView(params) {
  const filter = params.get('state') ? { states: [params.get('state')] } : null;
  const data = await gql(`query($filter: EditorialArticleFilter) { editorialArticles(first: 50, filter: $filter) {
    totalCount edges { node { id state updatedAt revision { title author } } } } }`, { filter });
  const form = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const value = new FormData(form).get('state');
    location.hash = '#/stories' + (value ? '?state=' + value : '');
  } },
  h('label', {}, '状态', h('select', { name: 'state' }, options(LABELS.state, params.get('state'), '全部'))),
  h('button', { type: 'submit' }, '筛选'));
  return page('故事', form, h('p', { class: 'muted' }, `共 ${data.editorialArticles.totalCount} 篇`),
    h('div', { class: 'table' }, h('table', {},
      h('thead', {}, h('tr', {}, ['标题', '状态', '作者', '更新'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, data.editorialArticles.edges.map(({ node }) => h('tr', {},
        h('td', {}, h('a', { href: '#/stories/' + encodeURIComponent(node.id) }, node.revision.title)),
        h('td', {}, LABELS.state[node.state] || node.state),
        h('td', {}, node.revision.author),
        h('td', {}, node.updatedAt.slice(0, 16).replace('T', ' '))))))));
}

const STORY = `query($id: ID!) { editorialArticle(id: $id) { id state version liveRevision publicSlug publishAt unpublishAt reviewComment approvedBy
  revision { number slug title standfirst bodyHtml bodyText coverText tags author savedAt note }
  facts { label value sourceLabel sourceKey sourceProperty sourceValue }
  findings { field position kind masked }
  revisions { number title author savedAt note } } }`;

/** Each workflow step and the input it takes. */
const STEPS = { saveArticle: 'SaveArticleInput', submitArticle: 'ArticleStepInput', approveArticle: 'ArticleStepInput',
  requestArticleChanges: 'RequestArticleChangesInput', publishArticle: 'PublishArticleInput', scheduleArticle: 'ScheduleArticleInput',
  unpublishArticle: 'ArticleStepInput', restoreArticleRevision: 'RestoreArticleRevisionInput' };

/** What the rich-text editor offers: what the sanitizer keeps, nothing more. */
const TOOLS = [['p', '段落', 'formatBlock', 'p'], ['h2', '小标题', 'formatBlock', 'h2'], ['b', '加粗', 'bold'],
  ['ul', '列表', 'insertUnorderedList'], ['q', '引用', 'formatBlock', 'blockquote']];

function editor(html) {
  const area = h('div', { class: 'editor', contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true', 'aria-label': '正文' });
  area.innerHTML = html; // the API's sanitized HTML, as saved
  const bar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': '格式' }, TOOLS.map(([, text, command, value]) =>
    h('button', { type: 'button', class: 'secondary', onmousedown: (event) => { event.preventDefault(); document.execCommand(command, false, value); } }, text)));
  return { element: h('div', {}, bar, area), html: () => area.innerHTML };
}

/** The text with each finding's place marked, as the checks found it. */
function marked(text, findings) {
  const out = h('p', { class: 'marked' });
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.position - b.position)) {
    if (finding.position < at) continue;
    const length = finding.masked.length;
    out.append(text.slice(at, finding.position), h('mark', { class: 'finding', title: LABELS.finding[finding.kind] || finding.kind }, text.slice(finding.position, finding.position + length)));
    at = finding.position + length;
  }
  out.append(text.slice(at));
  return out;
}

async function storyView(id) {
  const data = await gql(STORY, { id });
  const a = data.editorialArticle;
  if (!a) { return page('找不到这个故事', h('p', {}, h('a', { href: '#/stories' }, '回到故事列表'))); }
  const r = a.revision;
  const step = async (mutation, input, done) => {
    try {
      await gql(`mutation($input: ${STEPS[mutation]}!) { ${mutation}(input: $input) { article { state version } } }`,
        { input: Object.assign({ id: a.id, version: a.version }, input) });
      show(...await storyView(id));
      notice(done);
    } catch (failure) {
      notice(failure.message, 'error');
      if (failure.classifications.includes('CONFLICT')) {
        document.getElementById('main').prepend(h('p', { class: 'conflict' }, '这篇故事在你打开之后被别人改过：你的修改没有保存。',
          h('button', { type: 'button', class: 'secondary', onclick: async () => { show(...await storyView(id)); notice(''); } }, '载入最新版本')));
      }
    }
  };
  const body = editor(r.bodyHtml);
  const edit = h('form', { class: 'stack', onsubmit: (event) => {
    event.preventDefault();
    const f = new FormData(edit);
    step('saveArticle', { title: f.get('title'), standfirst: f.get('standfirst'), coverText: f.get('coverText'),
      tags: String(f.get('tags')).split(/[,，\s]+/).filter(Boolean), bodyHtml: body.html(), note: f.get('note') || null }, '已保存新版本');
  } },
  h('label', {}, '标题', h('input', { name: 'title', value: r.title, maxlength: 200, required: true })),
  h('label', {}, '导语', h('textarea', { name: 'standfirst', maxlength: 500 }, r.standfirst)),
  h('label', {}, '卡片文字', h('input', { name: 'coverText', value: r.coverText, maxlength: 200 })),
  h('label', {}, '标签（逗号分开）', h('input', { name: 'tags', value: r.tags.join('，') })),
  h('div', { class: 'field' }, h('span', { class: 'label' }, '正文'), body.element),
  h('label', {}, '修改说明', h('input', { name: 'note', maxlength: 200 })),
  h('div', {}, h('button', { type: 'submit' }, '保存')));
  const actions = h('div', { class: 'row actions' });
  const can = (role) => roles().has(role) || state.me.admin;
  if (a.state === 'DRAFT' && can('EDITOR')) actions.append(h('button', { type: 'button', onclick: () => step('submitArticle', {}, '已提交审核') }, '提交审核'));
  if (a.state === 'IN_REVIEW' && can('PUBLISHER')) {
    actions.append(h('button', { type: 'button', onclick: () => step('approveArticle', {}, '已批准') }, '批准'));
    const comment = h('input', { name: 'comment', 'aria-label': '退回意见', placeholder: '退回意见' });
    actions.append(comment, h('button', { type: 'button', class: 'secondary', onclick: () => step('requestArticleChanges', { comment: comment.value || '请修改' }, '已退回修改') }, '退回修改'));
  }
  if (a.state === 'APPROVED' && can('PUBLISHER')) {
    const reason = h('input', { name: 'overrideReason', 'aria-label': '忽略检查的理由', placeholder: '忽略检查的理由（如有）' });
    const when = h('input', { name: 'publishAt', type: 'datetime-local', 'aria-label': '定时发布' });
    actions.append(h('button', { type: 'button', onclick: () => step('publishArticle', { overrideReason: reason.value || null }, '已发布') }, '立即发布'), reason,
      when, h('button', { type: 'button', class: 'secondary', onclick: () => step('scheduleArticle', { publishAt: when.value ? new Date(when.value).toISOString() : null, overrideReason: reason.value || null }, '已定时') }, '定时发布'));
  }
  if (a.state === 'PUBLISHED' && can('PUBLISHER')) actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => step('unpublishArticle', {}, '已下线') }, '下线'));
  const text = { title: r.title, standfirst: r.standfirst, coverText: r.coverText, body: r.bodyText };
  return page(r.title,
    h('p', { class: 'row' }, h('strong', {}, LABELS.state[a.state] || a.state), `第 ${r.number} 版 · ${r.author} · ${r.savedAt.slice(0, 16).replace('T', ' ')}`,
      a.publicSlug && a.state === 'PUBLISHED' ? h('a', { href: '/articles/' + encodeURIComponent(a.publicSlug) }, '查看公开页面') : null,
      a.publishAt ? `定时发布：${a.publishAt}` : null),
    a.reviewComment ? h('p', { class: 'comment' }, '审核意见：' + a.reviewComment) : null,
    actions,
    a.findings.length ? h('section', { class: 'findings', 'aria-labelledby': 'findings' }, h('h2', { id: 'findings' }, '发布前检查'),
      h('ul', {}, a.findings.map((f) => h('li', {}, `${LABELS.field[f.field] || f.field}：${LABELS.finding[f.kind] || f.kind}`,
        text[f.field] !== undefined && f.masked ? marked(text[f.field], a.findings.filter((g) => g.field === f.field)) : null)))) : null,
    h('div', { class: 'split' },
      h('section', { 'aria-labelledby': 'edit' }, h('h2', { id: 'edit' }, '编辑'), edit),
      h('aside', { 'aria-labelledby': 'facts' }, h('h2', { id: 'facts' }, '事实与来源'),
        h('dl', { class: 'facts' }, a.facts.map((f) => [h('dt', {}, f.label), h('dd', {}, f.value, h('div', { class: 'muted source' }, `来源：${f.sourceLabel}（${f.sourceKey}.${f.sourceProperty}）`))])))),
    h('h2', {}, '版本'),
    h('ol', { class: 'revisions' }, a.revisions.map((v) => h('li', {}, `第 ${v.number} 版 · ${v.author} · ${v.savedAt.slice(0, 16).replace('T', ' ')} · ${v.note || ''} `,
      v.number < r.number ? [h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const diff = await gql(`query($id: ID!, $from: Int!, $to: Int!) { articleDiff(id: $id, from: $from, to: $to) { fields { field before after } body { operation text } } }`,
          { id: a.id, from: v.number, to: r.number });
        const out = document.getElementById('diff');
        out.replaceChildren(h('h2', {}, `第 ${v.number} 版 → 第 ${r.number} 版`),
          h('ul', {}, diff.articleDiff.fields.filter((c) => c.field !== 'body').map((c) => h('li', {}, `${LABELS.field[c.field] || c.field}：`, h('del', {}, c.before || ''), ' → ', h('ins', {}, c.after || '')))),
          h('div', { class: 'diff' }, diff.articleDiff.body.map((line) => h(line.operation === 'ADDED' ? 'ins' : line.operation === 'REMOVED' ? 'del' : 'p', {}, line.text))));
      } }, '对比'), ' ',
      h('button', { type: 'button', class: 'secondary', onclick: () => step('restoreArticleRevision', { revision: v.number }, `已恢复第 ${v.number} 版`) }, '恢复')] : null))),
    h('section', { id: 'diff', 'aria-live': 'polite' }));
}

async function newCaseView() {
  const regions = await regionsOfCaller();
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const input = { idempotencyKey: form.dataset.key, kind: data.get('kind'), title: data.get('title'), regionKey: data.get('regionKey'),
      summary: data.get('summary') || null, place: data.get('place') || null, raisedOn: data.get('raisedOn') || null };
    try {
      const answer = await gql(`mutation($input: CreateCaseInput!) { createCase(input: $input) { case { key } } }`, { input });
      go('#/cases/' + encodeURIComponent(answer.createCase.case.key), '已记录新案例');
    } catch (failure) { notice(failure.message, 'error'); }
  } },
  h('label', {}, '类别', h('select', { name: 'kind', required: true }, options(LABELS.kind, 'MICRO_PROJECT'))),
  h('label', {}, '标题', h('input', { name: 'title', required: true, maxlength: 200 })),
  h('label', {}, '区域', h('select', { name: 'regionKey', required: true },
    regions.filter((r) => r.level === 'VILLAGE' || r.level === 'TOWN').map((r) => h('option', { value: r.key }, r.name)))),
  h('label', {}, '地点', h('input', { name: 'place', maxlength: 200 })),
  h('label', {}, '提出日期', h('input', { name: 'raisedOn', type: 'date' })),
  h('label', {}, '概要', h('textarea', { name: 'summary', maxlength: 2000 })),
  h('div', {}, h('button', { type: 'submit' }, '记录')));
  // One key per form: a second click retries the same case, never a second one
  form.dataset.key = crypto.randomUUID();
  return page('记录新案例', form);
}

// ---- routing ----

async function loadMe() {
  const data = await gql('{ me { username admin roles { role regionKey region { name } } } }');
  state.me = data.me;
}

let routing = 0;

async function route() {
  // Only the latest navigation shows its page: an earlier one still loading is dropped
  const ticket = ++routing;
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(query || '');
  if (!state.me && sessionStorage.getItem(TOKEN)) {
    try { await loadMe(); } catch (failure) { state.me = null; }
  }
  chrome();
  if (!state.me) { signInView(); return; }
  if (ticket !== routing) return;
  try {
    let shown;
    if (path === '/' || path === '') shown = await dashboardView();
    else if (path === '/cases') shown = await casesView(params);
    else if (path === '/cases/new') shown = await newCaseView();
    else if (path.startsWith('/cases/')) shown = await caseView(decodeURIComponent(path.slice('/cases/'.length)));
    else if (path === '/stories') shown = await storiesView(params);
    else if (path.startsWith('/stories/')) shown = await storyView(decodeURIComponent(path.slice('/stories/'.length)));
    else if (path === '/sign-in') { signInView(); return; }
    else shown = page('找不到这个页面', h('p', {}, h('a', { href: '#/' }, '回到概览')));
    if (ticket === routing) show(...shown);
  } catch (failure) {
    if (ticket !== routing) return;
    if (!state.me) { chrome(); signInView(); }
    notice(failure.message, 'error');
  }
}

window.addEventListener('hashchange', () => { notice(state.flash || ''); state.flash = null; route(); });
route();
