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
  links.push(['#/duty', '履职']);
  if (roles().has('EDITOR') || roles().has('PUBLISHER') || state.me.admin) links.push(['#/stories', '故事']);
  if (state.me.admin) links.push(['#/accounts', '账号'], ['#/system', '系统']);
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
  const year = new Date().getFullYear();
  const region = state.me.roles.length ? state.me.roles[0].regionKey : 'jm';
  const data = await gql(`query($region: String!, $from: Date!, $to: Date!) { caseStatistics { total fundingYuan beneficiaries
    byStatus { key label count } byKind { key label count } byDistrict { key label count } byMonth { key label count } }
    consultationStatistics(groupBy: CONTACT_POINT) { label opinionsSubmitted opinionsAdopted adoptionRate }
    livelihoodStatistics { projects satisfaction }
    dutyCompliance(regionKey: $region, from: $from, to: $to) { deputies compliant rate } }`,
  { region, from: `${year}-01-01`, to: `${year + 1}-01-01` });
  const s = data.caseStatistics;
  const duty = data.dutyCompliance;
  return page('概览',
    h('div', { class: 'cards' },
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '案例'), h('div', { class: 'figure' }, s.total)),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '投入（万元）'), h('div', { class: 'figure' }, (s.fundingYuan / 10000).toFixed(1))),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '受益'), h('div', { class: 'figure' }, s.beneficiaries)),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, `${year} 年按时进站的代表`),
        h('div', { class: 'figure' }, `${Math.round(duty.rate * 100)}%`), h('div', { class: 'muted' }, `${duty.compliant} / ${duty.deputies} 位`)),
      h('div', { class: 'card' }, h('div', { class: 'muted' }, '民生实事票决项目'), h('div', { class: 'figure' }, data.livelihoodStatistics.projects),
        data.livelihoodStatistics.satisfaction !== null ? h('div', { class: 'muted' }, `满意度 ${Math.round(data.livelihoodStatistics.satisfaction * 100)}%`) : null)),
    chart('按状态', s.byStatus.map((b) => [LABELS.status[b.key] || b.label, b.count])),
    chart('按类别', s.byKind.map((b) => [LABELS.kind[b.key] || b.label, b.count])),
    chart('按区', s.byDistrict.map((b) => [b.label, b.count])),
    chart('按月（提出）', s.byMonth.slice(-12).map((b) => [b.label || b.key, b.count])),
    chart('立法意见采纳率（%）', data.consultationStatistics.map((t) => [`${t.label}（${t.opinionsAdopted}/${t.opinionsSubmitted}）`, Math.round(t.adoptionRate * 100)]), 100));
}

/** A horizontal bar chart: a row per value, its bar as wide as its share of the scale (the largest value unless given). */
function chart(title, rows, scale) {
  const section = h('section', { class: 'chart' }, h('h2', {}, title));
  if (!rows.length) { section.append(h('p', { class: 'muted' }, '没有数据')); return section; }
  const max = scale || Math.max(...rows.map(([, n]) => n), 1);
  section.append(h('ul', { class: 'bars' }, rows.map(([label, n]) => {
    const bar = h('span', { class: 'bar', 'aria-hidden': 'true' });
    bar.style.width = Math.max(1, Math.round(100 * n / max)) + '%';
    return h('li', {}, h('span', { class: 'name' }, label), h('span', { class: 'track' }, bar), h('span', { class: 'n' }, n));
  })));
  return section;
}

function options(map, chosen, blank) {
  return [blank ? h('option', { value: '' }, blank) : null,
    ...Object.entries(map).map(([value, text]) => h('option', { value, selected: value === chosen }, text))];
}

async function regionsOfCaller() {
  const found = new Map();
  if (state.me.admin) {
    // Administrators act everywhere: every city, district, town and village
    for (const level of ['CITY', 'DISTRICT', 'TOWN', 'VILLAGE']) {
      const data = await gql(`query($l: RegionLevel!) { regions(first: 100, filter: {level: $l}) { edges { node { key name level } } } }`, { l: level });
      data.regions.edges.forEach(({ node }) => found.set(node.key, node));
    }
    return [...found.values()];
  }
  const keys = [...new Set(state.me.roles.map((grant) => grant.regionKey))];
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
  fundingYuan beneficiaries region { key name } station { name } grid { name } raisedBy { name } laws { title } timeline { stage on note }
  evaluation { satisfied note } } } }`;

/** A node's global id, as the API's GlobalId encodes it: base64url of "Type:key". */
function globalId(type, key) {
  const bytes = new TextEncoder().encode(type + ':' + key);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function caseView(key) {
  const data = await gql(CASE, { id: globalId('Case', key) });
  const c = data.node;
  if (!c) { return page('找不到这个案例', h('p', {}, h('a', { href: '#/cases' }, '回到案例列表'))); }
  const done = new Set(c.timeline.map((s) => s.stage));
  const advance = caseForm(key, `mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { case { version } } }`,
    (f) => ({ id: c.id, version: c.version, stage: f.get('stage'), on: f.get('on'), note: f.get('note') || null }),
    (f) => '已记录：' + LABELS.stage[f.get('stage')],
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
      c.grid ? [h('dt', {}, '网格'), h('dd', {}, c.grid.name)] : null,
      c.laws.length ? [h('dt', {}, '法律'), h('dd', {}, c.laws.map((l) => l.title).join('、'))] : null,
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
    roles().has('STEWARD') || state.me.admin ? [h('h2', {}, '修改案例'), editCase(c, key)] : null,
    c.evaluation ? [h('h2', {}, '群众评价'), h('p', {}, c.evaluation.satisfied ? '满意' : '不满意', c.evaluation.note ? '：' + c.evaluation.note : '')] :
      done.has('FEEDBACK') ? [h('h2', {}, '记录群众评价'), evaluation(c, key)] : null,
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
  actions.append(h('button', { type: 'button', class: 'secondary', onclick: async () => {
    try {
      const answer = await gql('mutation($id: ID!) { createArticlePreview(input: {id: $id}) { preview { token expiresAt } } }', { id: a.id });
      const link = '/preview/' + encodeURIComponent(answer.createArticlePreview.preview.token);
      document.getElementById('preview').replaceChildren(h('a', { href: link, target: '_blank', rel: 'noopener' }, '打开预览（与访客看到的一样）'),
        ` 有效至 ${answer.createArticlePreview.preview.expiresAt.slice(0, 16).replace('T', ' ')}`);
    } catch (failure) { notice(failure.message, 'error'); }
  } }, '预览'), h('span', { id: 'preview' }));
  if (a.state === 'PUBLISHED' && can('PUBLISHER')) {
    const until = h('input', { name: 'unpublishAt', type: 'datetime-local', 'aria-label': '定时下线' });
    actions.append(h('button', { type: 'button', class: 'secondary', onclick: () => step('unpublishArticle', {}, '已下线') }, '下线'),
      until, h('button', { type: 'button', class: 'secondary', onclick: () => step('scheduleArticle', { unpublishAt: until.value ? new Date(until.value).toISOString() : null }, '已定时下线') }, '定时下线'));
  }
  const text = { title: r.title, standfirst: r.standfirst, coverText: r.coverText, body: r.bodyText };
  return page(r.title,
    h('p', { class: 'row' }, h('strong', {}, LABELS.state[a.state] || a.state), `第 ${r.number} 版 · ${r.author} · ${r.savedAt.slice(0, 16).replace('T', ' ')}`,
      a.publicSlug && a.state === 'PUBLISHED' ? h('a', { href: '/articles/' + encodeURIComponent(a.publicSlug) }, '查看公开页面') : null,
      a.publishAt ? `定时发布：${a.publishAt}` : null, a.unpublishAt ? `定时下线：${a.unpublishAt}` : null),
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

/** A form on a case's page: one mutation from what was typed, then the case shown again. */
function caseForm(key, mutation, input, done, ...fields) {
  const form = h('form', { class: 'stack', onsubmit: async (event) => {
    event.preventDefault();
    const typed = new FormData(form);
    try {
      await gql(mutation, { input: input(typed) });
      show(...await caseView(key));
      notice(typeof done === 'function' ? done(typed) : done);
    } catch (failure) { notice(failure.message, 'error'); }
  } }, fields);
  return form;
}

/** The case's own words, changed from the version read: a later change by someone else is refused, not overwritten. */
function editCase(c, key) {
  return caseForm(key, 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { case { version } } }',
    (f) => ({ id: c.id, version: c.version, title: f.get('title'), summary: f.get('summary') || null, place: f.get('place') || null }), '已保存修改',
    h('label', {}, '标题', h('input', { name: 'title', value: c.title, required: true, maxlength: 200 })),
    h('label', {}, '地点', h('input', { name: 'place', value: c.place, maxlength: 200 })),
    h('label', {}, '概要', h('textarea', { name: 'summary', maxlength: 2000 }, c.summary || '')),
    h('div', {}, h('button', { type: 'submit', class: 'secondary' }, '保存修改')));
}

function evaluation(c, key) {
  return caseForm(key, 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { case { version } } }',
    (f) => ({ id: c.id, version: c.version, satisfied: f.get('satisfied') === 'yes', note: f.get('note') || null }), '已记录群众评价',
    h('fieldset', {}, h('legend', {}, '群众是否满意'),
      h('label', { class: 'row' }, h('input', { type: 'radio', name: 'satisfied', value: 'yes', checked: true }), '满意'),
      h('label', { class: 'row' }, h('input', { type: 'radio', name: 'satisfied', value: 'no' }), '不满意')),
    h('label', {}, '说明', h('textarea', { name: 'note', maxlength: 500 })),
    h('div', {}, h('button', { type: 'submit' }, '记录评价')));
}

// ---- duty visits ----

async function dutyView(params) {
  const regions = (await regionsOfCaller()).filter((r) => r.level !== 'VILLAGE');
  const year = new Date().getFullYear();
  const region = params.get('region') || (regions[0] && regions[0].key) || 'jm';
  const from = params.get('from') || `${year}-01-01`;
  const to = params.get('to') || `${year + 1}-01-01`;
  const data = await gql(`query($region: String!, $id: ID!, $from: Date!, $to: Date!) {
    dutyCompliance(regionKey: $region, from: $from, to: $to) { deputies compliant rate
      details(first: 100) { representativeKey name intervalMonths windows windowsWithVisit compliant missed { start end } } }
    node(id: $id) { ... on Region { name stations(first: 30) { edges { node { key name
      representatives(first: 20) { edges { node { key name } } } } } } } } }`,
  { region, id: globalId('Region', region), from, to });
  const c = data.dutyCompliance;
  const stations = data.node ? data.node.stations.edges.map((e) => e.node) : [];
  const filters = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    location.hash = '#/duty?' + new URLSearchParams(new FormData(filters));
  } },
  h('label', {}, '区域', h('select', { name: 'region' }, regions.map((r) => h('option', { value: r.key, selected: r.key === region }, r.name)))),
  h('label', {}, '自', h('input', { name: 'from', type: 'date', value: from })),
  h('label', {}, '至（不含）', h('input', { name: 'to', type: 'date', value: to })),
  h('button', { type: 'submit' }, '查看'));
  const station = h('select', { name: 'stationKey', required: true }, stations.map((st) => h('option', { value: st.key }, st.name)));
  const deputy = h('select', { name: 'deputyKey', required: true });
  const fill = () => {
    const chosen = stations.find((st) => st.key === station.value);
    deputy.replaceChildren(...(chosen ? chosen.representatives.edges.map((e) => h('option', { value: e.node.key }, e.node.name)) : []));
  };
  station.addEventListener('change', fill);
  fill();
  const log = h('form', { class: 'filters', onsubmit: async (event) => {
    event.preventDefault();
    const f = new FormData(log);
    try {
      await gql('mutation($input: LogDutyVisitInput!) { logDutyVisit(input: $input) { visit { key } } }',
        { input: { idempotencyKey: log.dataset.key, deputyKey: f.get('deputyKey'), stationKey: f.get('stationKey'), on: f.get('on'), kind: 'STATION_RECEPTION' } });
      show(...await dutyView(params));
      notice('已记录进站接待');
    } catch (failure) { notice(failure.message, 'error'); }
  } },
  h('label', {}, '联络站', station), h('label', {}, '代表', deputy),
  h('label', {}, '日期', h('input', { name: 'on', type: 'date', required: true, value: new Date().toISOString().slice(0, 10) })),
  h('button', { type: 'submit' }, '记录进站接待'));
  log.dataset.key = crypto.randomUUID();
  return page('代表履职', filters,
    h('p', {}, `${data.node ? data.node.name : region}：${c.deputies} 位代表，${c.compliant} 位按时进站（${Math.round(c.rate * 100)}%）`),
    h('div', { class: 'table' }, h('table', {},
      h('thead', {}, h('tr', {}, ['代表', '要求', '有接待的时段', '没有接待的时段（起始月）'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, c.details.map((d) => h('tr', { class: d.compliant ? '' : 'missed' },
        h('td', {}, d.name), h('td', {}, `每 ${d.intervalMonths} 个月至少一次`), h('td', {}, `${d.windowsWithVisit} / ${d.windows}`),
        h('td', {}, d.missed.length ? d.missed.map((w) => w.start.slice(0, 7)).join('、') : '无')))))),
    stations.length ? [h('h2', {}, '记录进站接待'), log] : null);
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

// ---- administration ----

const ACCOUNTS = `query($filter: AccountFilter) { accounts(first: 100, filter: $filter) { totalCount
  edges { node { username admin disabled roles { role regionKey region { name } } } } } }`;

async function accountsView(params) {
  const filter = params.get('name') ? { usernameContains: params.get('name') } : null;
  const [data, regions] = await Promise.all([gql(ACCOUNTS, { filter }), regionsOfCaller()]);
  const grantable = regions.filter((r) => r.level !== 'VILLAGE');
  const act = async (mutation, input, done) => {
    try {
      await gql(`mutation($input: ${mutation.input}!) { ${mutation.name}(input: $input) { account { username } } }`, { input });
      show(...await accountsView(params));
      notice(done);
    } catch (failure) { notice(failure.message, 'error'); }
  };
  const create = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const f = new FormData(create);
    gql('mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { username } } }',
      { input: { username: f.get('username'), password: f.get('password'), admin: f.get('admin') === 'on' } })
      .then(() => go('#/accounts?name=' + encodeURIComponent(f.get('username')), '已创建账号 ' + f.get('username')))
      .catch((failure) => notice(failure.message, 'error'));
  } },
  h('label', {}, '用户名', h('input', { name: 'username', required: true, pattern: '[a-z0-9._-]{3,40}', autocomplete: 'off' })),
  h('label', {}, '初始密码', h('input', { name: 'password', type: 'password', required: true, minlength: 12, autocomplete: 'new-password' })),
  h('label', { class: 'row' }, h('input', { name: 'admin', type: 'checkbox' }), '管理员'),
  h('button', { type: 'submit' }, '创建账号'));
  const rows = data.accounts.edges.map(({ node: a }) => {
    const grant = h('form', { class: 'row', onsubmit: (event) => {
      event.preventDefault();
      const f = new FormData(grant);
      act({ name: 'grantRole', input: 'RoleGrantInput' }, { username: a.username, role: f.get('role'), regionKey: f.get('regionKey') },
        `已授予 ${a.username} ${LABELS.role[f.get('role')]}`);
    } },
    h('select', { name: 'role', 'aria-label': a.username + ' 的角色' }, options(Object.fromEntries(Object.entries(LABELS.role).filter(([r]) => r !== 'ADMIN')), 'EDITOR')),
    h('select', { name: 'regionKey', 'aria-label': a.username + ' 的区域' }, grantable.map((r) => h('option', { value: r.key }, r.name))),
    h('button', { type: 'submit', class: 'secondary' }, '授予'));
    return h('tr', { 'data-account': a.username },
      h('td', {}, a.username, a.admin ? '（管理员）' : '', a.disabled ? '（已停用）' : ''),
      h('td', {}, h('ul', { class: 'grants' }, a.roles.map((g) => h('li', {}, `${LABELS.role[g.role] || g.role} · ${g.region ? g.region.name : g.regionKey} `,
        h('button', { type: 'button', class: 'secondary', onclick: () => act({ name: 'revokeRole', input: 'RoleGrantInput' },
          { username: a.username, role: g.role, regionKey: g.regionKey }, `已收回 ${a.username} 的${LABELS.role[g.role]}`) }, '收回')))), grant),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => act(
        { name: a.disabled ? 'enableAccount' : 'disableAccount', input: 'AccountInput' }, { username: a.username }, a.disabled ? '已启用' : '已停用') },
      a.disabled ? '启用' : '停用')));
  });
  const search = h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    const name = new FormData(search).get('name');
    location.hash = '#/accounts' + (name ? '?name=' + encodeURIComponent(name) : '');
  } }, h('label', {}, '用户名包含', h('input', { name: 'name', value: params.get('name') || '' })), h('button', { type: 'submit' }, '查找'));
  return page('账号', h('h2', {}, '新账号'), create,
    h('h2', {}, params.get('name') ? `用户名包含“${params.get('name')}”的账号（${data.accounts.totalCount}）` : `全部账号（${data.accounts.totalCount}）`), search,
    h('div', { class: 'table' }, h('table', {}, h('thead', {}, h('tr', {}, ['账号', '角色与区域', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))));
}

const DELIVERIES = { DEAD: '失败', PENDING: '待投递', DELIVERED: '已投递', ALL: '全部' };

async function systemView(params) {
  const today = new Date().toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10);
  const shown = params.get('deliveries') || 'DEAD';
  const data = await gql(`query($from: String!, $to: String!, $deliveries: DeliveryFilter) {
    searchIndexStatus { state index liveIndex copied total startedAt finishedAt error check { missing stale extra repaired } }
    webhookEndpoints { key url events active }
    deliveries(first: 30, filter: $deliveries) { totalCount edges { node { key consumer type subject state attempts lastError lastStatus createdAt deliveredAt } } }
    searchAnalytics(from: $from, to: $to, first: 10) { searches withoutResults top { text searches } topWithoutResults { text searches } } }`,
  { from: monthAgo, to: today, deliveries: shown === 'ALL' ? null : { state: shown } });
  const status = data.searchIndexStatus;
  const run = async (query, done, variables = {}) => {
    try { await gql(query, variables); show(...await systemView(params)); notice(done); } catch (failure) { notice(failure.message, 'error'); }
  };
  const register = h('form', { class: 'filters', onsubmit: async (event) => {
    event.preventDefault();
    try {
      const answer = await gql(`mutation($url: String!) { registerWebhook(input: {url: $url}) { endpoint { key } secret } }`, { url: new FormData(register).get('url') });
      show(...await systemView(params));
      notice('已登记。签名密钥只显示这一次：' + answer.registerWebhook.secret);
    } catch (failure) { notice(failure.message, 'error'); }
  } }, h('label', {}, '接收地址', h('input', { name: 'url', type: 'url', required: true, placeholder: 'https://' })), h('button', { type: 'submit' }, '登记'));
  const percent = status.total ? Math.round(100 * status.copied / status.total) : 0;
  if (status.state === 'RUNNING') {
    // A rebuild under way: the page follows its progress every two seconds while shown
    const here = location.hash;
    setTimeout(() => { if (location.hash === here) route(); }, 2000);
  }
  return page('系统',
    h('h2', {}, '搜索索引'),
    h('dl', { class: 'facts', id: 'index-status' },
      h('dt', {}, '状态'), h('dd', {}, status.state),
      h('dt', {}, '在用索引'), h('dd', {}, status.liveIndex),
      status.state === 'RUNNING' ? [h('dt', {}, '进度'), h('dd', {}, h('progress', { max: 100, value: percent, 'aria-label': '重建进度' }), ` ${status.copied} / ${status.total}`)] : null,
      status.finishedAt ? [h('dt', {}, '上次完成'), h('dd', {}, status.finishedAt)] : null,
      status.check ? [h('dt', {}, '上次检查'), h('dd', {}, `缺 ${status.check.missing.length} · 旧 ${status.check.stale.length} · 多 ${status.check.extra.length} · 修复 ${status.check.repaired}`)] : null,
      status.error ? [h('dt', {}, '错误'), h('dd', {}, status.error)] : null),
    h('div', { class: 'row actions' },
      h('button', { type: 'button', onclick: () => run('mutation { reindexSearch(input: {}) { status { state } } }', '已开始重建索引，搜索照常') }, '重建索引'),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try {
          const answer = await gql('mutation { checkSearchIndex(input: {repair: true}) { report { articles documents missing stale extra repaired } } }');
          const r = answer.checkSearchIndex.report;
          show(...await systemView(params));
          notice(`检查完成：${r.articles} 篇故事，${r.documents} 个文档；缺 ${r.missing.length}，旧 ${r.stale.length}，多 ${r.extra.length}，修复 ${r.repaired}`);
        } catch (failure) { notice(failure.message, 'error'); }
      } }, '检查并修复'),
      h('button', { type: 'button', class: 'secondary', onclick: () => location.reload() }, '刷新')),
    h('h2', {}, '访客搜索（近 30 天）'),
    h('p', {}, `共 ${data.searchAnalytics.searches} 次，其中 ${data.searchAnalytics.withoutResults} 次没有结果`),
    h('div', { class: 'split' },
      h('section', {}, h('h3', {}, '常搜'), h('ol', {}, data.searchAnalytics.top.map((q) => h('li', {}, `${q.text}（${q.searches}）`)))),
      h('section', {}, h('h3', {}, '没有结果的'), h('ol', {}, data.searchAnalytics.topWithoutResults.map((q) => h('li', {}, `${q.text}（${q.searches}）`))))),
    h('h2', {}, 'Webhook'),
    register,
    h('ul', {}, data.webhookEndpoints.map((w) => h('li', {}, `${w.url} · ${w.active ? '启用' : '停用'} · ${w.events.join('、') || '全部事件'} `,
      h('button', { type: 'button', class: 'secondary', onclick: () => run('mutation($k: String!, $a: Boolean!) { updateWebhook(input: {key: $k, active: $a}) { endpoint { key } } }', w.active ? '已停用' : '已启用', { k: w.key, a: !w.active }) },
        w.active ? '停用' : '启用')))),
    h('h2', {}, `投递记录（${data.deliveries.totalCount}）`),
    h('nav', { class: 'row', 'aria-label': '投递状态' }, Object.entries(DELIVERIES).map(([value, text]) =>
      h('a', { href: '#/system?deliveries=' + value, 'aria-current': value === shown ? 'page' : null }, text))),
    data.deliveries.edges.length ? h('div', { class: 'table' }, h('table', {},
      h('thead', {}, h('tr', {}, ['接收方', '事件', '对象', '状态', '次数', '最后错误', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, data.deliveries.edges.map(({ node: d }) => h('tr', {}, h('td', {}, d.consumer), h('td', {}, d.type), h('td', {}, d.subject),
        h('td', {}, DELIVERIES[d.state] || d.state), h('td', {}, d.attempts), h('td', {}, (d.lastStatus ? d.lastStatus + ' ' : '') + (d.lastError || '')),
        h('td', {}, d.state === 'DEAD' ? h('button', { type: 'button', class: 'secondary', onclick: () => run('mutation($k: String!) { retryDelivery(input: {key: $k}) { key } }', '已重新投递', { k: d.key }) }, '重试') : null)))))) :
      h('p', { class: 'muted' }, '没有'));
}

// ---- routing ----

async function loadMe() {
  const data = await gql('{ me { username admin roles { role regionKey region { name } } } }');
  state.me = data.me;
}

let routing = 0;

/**
 * Shows the view the address names. A message from the navigation that led here appears
 * with the view, not before it: "created" is said once the list shows what was created.
 */
async function route(message = '') {
  // Only the latest navigation shows its page: an earlier one still loading is dropped
  const ticket = ++routing;
  const [path, query] = (location.hash.slice(1) || '/').split('?');
  const params = new URLSearchParams(query || '');
  if (!state.me && sessionStorage.getItem(TOKEN)) {
    try { await loadMe(); } catch (failure) { state.me = null; }
  }
  chrome();
  if (!state.me) { signInView(); notice(message); return; }
  if (ticket !== routing) return;
  try {
    let shown;
    if (path === '/' || path === '') shown = await dashboardView();
    else if (path === '/cases') shown = await casesView(params);
    else if (path === '/cases/new') shown = await newCaseView();
    else if (path.startsWith('/cases/')) shown = await caseView(decodeURIComponent(path.slice('/cases/'.length)));
    else if (path === '/stories') shown = await storiesView(params);
    else if (path.startsWith('/stories/')) shown = await storyView(decodeURIComponent(path.slice('/stories/'.length)));
    else if (path === '/duty') shown = await dutyView(params);
    else if (path === '/accounts') shown = await accountsView(params);
    else if (path === '/system') shown = await systemView(params);
    else if (path === '/sign-in') { signInView(); notice(message); return; }
    else shown = page('找不到这个页面', h('p', {}, h('a', { href: '#/' }, '回到概览')));
    if (ticket === routing) { show(...shown); notice(message); }
  } catch (failure) {
    if (ticket !== routing) return;
    if (!state.me) { chrome(); signInView(); }
    notice(failure.message, 'error');
  }
}

window.addEventListener('hashchange', () => { const message = state.flash || ''; state.flash = null; route(message); });
route();
