package org.grassroots.search.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.StringReader;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.jspecify.annotations.Nullable;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The article index lives behind the alias {@value #ALIAS}; the concrete index carries a
 * version ({@value #INDEX}) so a new mapping can be built beside the old one and the
 * alias switched. At start-up an alias on an older version is moved to a new, empty index
 * of this version (the graph is the record: every article is delivered again).
 */
@Component
class ElasticsearchArticleIndex implements ArticleIndex, InitializingBean {

	static final String ALIAS = IndexLayout.ALIAS;

	static final String INDEX = "articles-v" + IndexLayout.VERSION;

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchArticleIndex.class);

	private static final List<String> SEARCHED_FIELDS = List.of("title^3", "title.bigram^2", "summary^2",
			"summary.bigram", "body", "body.bigram", "place", "place.bigram", "context.names^0.5",
			"context.names.bigram^0.5");

	private static final List<String> WORD_FIELDS = List.of("title^3", "summary^2", "body", "place",
			"context.names^0.5");

	private static final List<String> BIGRAM_FIELDS = List.of("title.bigram^2", "summary.bigram", "body.bigram",
			"place.bigram", "context.names.bigram^0.5");

	private static final List<String> PINYIN_FIELDS = List.of("title.pinyin^3", "summary.pinyin^2", "body.pinyin");

	private static final List<String> SUGGEST_FIELDS = List.of("suggest", "suggest.pinyin", "suggest.initials");

	private static final Map<RelatedArticle.Reason, String> RELATED_FIELDS = Map.of(RelatedArticle.Reason.SAME_STATION,
			"context.stations", RelatedArticle.Reason.SAME_LAW, "context.laws", RelatedArticle.Reason.SAME_VILLAGE,
			"context.villages", RelatedArticle.Reason.SAME_DEPUTY, "context.deputies", RelatedArticle.Reason.SAME_TOWN,
			"context.towns", RelatedArticle.Reason.SAME_DISTRICT, "context.districts");

	private static final Map<RelatedArticle.Reason, Float> RELATED_WEIGHTS = Map.of(RelatedArticle.Reason.SAME_STATION,
			6f, RelatedArticle.Reason.SAME_LAW, 6f, RelatedArticle.Reason.SAME_VILLAGE, 5f,
			RelatedArticle.Reason.SAME_DEPUTY, 4f, RelatedArticle.Reason.SAME_TOWN, 3f,
			RelatedArticle.Reason.SAME_DISTRICT, 1f);

	private static final int WARM_ATTEMPTS = 5;

	/** Words found in most stories, so the warm-up reads every searched field. */
	private static final String WARM_QUERY = "人大代表 联络站 民生";

	private static final Query LIVE = Query.of((q) -> q.term((term) -> term.field("live").value(true)));

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	private static final Pattern INITIALS = Pattern.compile("[a-z]{1,12}");

	private static final Pattern MARKED = Pattern.compile("<mark>(.+?)</mark>");

	private static final int FACET_SIZE = 30;

	private static final List<String> HIGHLIGHTED_FIELDS = List.of("title", "title.bigram", "summary", "summary.bigram",
			"body", "body.bigram");

	private final IndexLayout layout;

	private volatile boolean created;

	ElasticsearchArticleIndex(IndexLayout layout) {
		this.layout = layout;
	}

	/**
	 * Keeps the index behind the alias when its mapping is this definition's version;
	 * otherwise (an older version, or no index) creates one and moves the alias to it.
	 * Each step can be repeated: an index an interrupted start (or another instance)
	 * created is kept and still put behind the alias, and what another instance already
	 * removed is not asked for again.
	 */
	@Override
	public void afterPropertiesSet() throws IOException {
		Set<String> current = this.layout.behind(ALIAS);
		for (String index : current) {
			if (this.layout.version(index) == IndexLayout.VERSION) {
				return;
			}
		}
		try {
			this.layout.create(INDEX, Map.of());
		}
		catch (ElasticsearchException ex) {
			// An earlier start, or another instance, created it: it is put behind the
			// alias
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
		this.layout.administration().indices().updateAliases((update) -> {
			current.forEach((old) -> update
				.actions((action) -> action.remove((remove) -> remove.index(old).alias(ALIAS).mustExist(false))));
			return update.actions((action) -> action.add((add) -> add.index(INDEX).alias(ALIAS)));
		});
		if (!current.isEmpty()) {
			this.layout.administration()
				.indices()
				.delete((delete) -> delete.index(List.copyOf(current)).ignoreUnavailable(true));
		}
		this.created = true;
		logger.info("Created index {} behind alias {}{}", INDEX, ALIAS,
				current.isEmpty() ? "" : " (replacing " + current + ")");
	}

	/** Where the documents live. */
	IndexLayout layout() {
		return this.layout;
	}

	@Override
	public boolean createdAtStart() {
		return this.created;
	}

	/** While a new index is built, every change goes to it as well. */
	@Override
	public Map<String, String> apply(List<Change> changes) {
		if (changes.isEmpty()) {
			return Map.of();
		}
		try {
			Map<String, String> failures = write(ALIAS, changes, VersionType.External);
			String building = this.layout.building();
			if (building != null) {
				failures.putAll(write(building, changes, VersionType.External));
			}
			return failures;
		}
		catch (IOException ex) {
			throw unavailable("update the index", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("update the index", ex);
		}
	}

	/**
	 * One bulk request with each change's version as the external version.
	 * @param versions {@code External} for deliveries (a newer version only);
	 * {@code ExternalGte} for what is read from the graph now (a rebuild, a repair),
	 * which may also replace what a deletion left at the same version
	 * @return the failures; a version the index already holds (409) is none
	 */
	Map<String, String> write(String index, List<Change> changes, VersionType versions) throws IOException {
		BulkResponse response = this.layout.client().bulk((bulk) -> {
			// A delivery is searchable when it returns; what a rebuild or repair writes
			// is
			// refreshed once, before it is read
			bulk.index(index).refresh((versions == VersionType.External) ? Refresh.True : Refresh.False);
			changes.forEach((change) -> bulk
				.operations((operation) -> operation.index((write) -> write.id(change.document().id())
					.document(change.document())
					.versionType(versions)
					.version(change.version()))));
			return bulk;
		});
		Map<String, String> failures = new LinkedHashMap<>();
		for (BulkResponseItem item : response.items()) {
			if (item.error() != null && item.status() != 409) {
				failures.put(java.util.Objects.requireNonNullElse(item.id(), ""),
						item.status() + " " + item.error().type() + ": " + item.error().reason());
			}
		}
		return failures;
	}

	@Override
	public ArticleSearchResult search(ArticleQuery query) {
		return search(ALIAS, query);
	}

	/**
	 * Asks a newly built index what visitors ask, with every facet, before it goes live:
	 * the first searches of an index pay for what its facets and highlights need (on a
	 * slow disk, more than a visitor's 2 s deadline, so the first searches after a
	 * rebuild failed). Elasticsearch goes on with that work when the answer is late, so a
	 * few tries are enough; a warm-up that never answers in time leaves the switch to go
	 * ahead, as before.
	 * @return how many tries it took, or 0 when none answered in time
	 */
	int warm(String index) {
		for (int attempt = 1; attempt <= WARM_ATTEMPTS; attempt++) {
			try {
				search(index, ArticleQuery.of(WARM_QUERY, 10));
				return attempt;
			}
			catch (SearchUnavailableException ex) {
				logger.info("Warming {} (try {} of {}): {}", index, attempt, WARM_ATTEMPTS, ex.getMessage());
			}
		}
		return 0;
	}

	private ArticleSearchResult search(String index, ArticleQuery query) {
		try {
			Map<ArticleQuery.Facet, Query> filters = new EnumMap<>(ArticleQuery.Facet.class);
			for (ArticleQuery.Facet facet : ArticleQuery.Facet.values()) {
				List<String> chosen = query.chosen(facet);
				if (!chosen.isEmpty()) {
					filters.put(facet, facetFilter(facet, chosen));
				}
			}
			SearchCursor after = query.after();
			SearchResponse<ArticleDocument> response = this.layout.client().search((search) -> {
				search.index(index)
					.size(query.size() + 1)
					.trackTotalHits((total) -> total.enabled(true))
					.query((q) -> q.bool((bool) -> bool.must(textQuery(query.text())).filter(LIVE)));
				if (!filters.isEmpty()) {
					search.postFilter((q) -> q.bool((bool) -> bool.filter(List.copyOf(filters.values()))));
				}
				for (ArticleQuery.Facet facet : ArticleQuery.Facet.values()) {
					List<Query> others = filters.entrySet()
						.stream()
						.filter((entry) -> entry.getKey() != facet)
						.map(Map.Entry::getValue)
						.toList();
					search.aggregations(facet.name(), (aggregation) -> aggregation
						.filter((filter) -> filter.bool((bool) -> bool.filter(others)))
						.aggregations("values",
								(values) -> values.terms((terms) -> terms.field(facet.field()).size(FACET_SIZE))));
				}
				if (query.order() == ArticleQuery.Order.NEWEST) {
					search.sort((sort) -> sort.field((field) -> field.field("publishedAt").order(SortOrder.Desc)));
				}
				else {
					search.sort((sort) -> sort.score((score) -> score.order(SortOrder.Desc)));
				}
				search.sort((sort) -> sort.field((field) -> field.field("id").order(SortOrder.Asc)));
				if (after != null) {
					search.searchAfter((after.order() == ArticleQuery.Order.NEWEST)
							? FieldValue.of((long) after.value()) : FieldValue.of(after.value()),
							FieldValue.of(after.id()));
				}
				return search.highlight(ElasticsearchArticleIndex::highlight);
			}, ArticleDocument.class);
			long total = (response.hits().total() != null) ? response.hits().total().value() : 0;
			List<Hit<ArticleDocument>> page = response.hits().hits();
			SearchCursor next = null;
			if (page.size() > query.size()) {
				page = page.subList(0, query.size());
				Hit<ArticleDocument> last = page.get(page.size() - 1);
				next = new SearchCursor(query.order(), last.sort().get(0).isDouble() ? last.sort().get(0).doubleValue()
						: last.sort().get(0).longValue(), last.sort().get(1).stringValue());
			}
			Map<ArticleQuery.Facet, List<ArticleSearchResult.FacetCount>> facets = new EnumMap<>(
					ArticleQuery.Facet.class);
			for (ArticleQuery.Facet facet : ArticleQuery.Facet.values()) {
				Aggregate values = response.aggregations().get(facet.name()).filter().aggregations().get("values");
				List<ArticleSearchResult.FacetCount> counts = new ArrayList<>();
				if (values.isSterms()) {
					values.sterms().buckets().array().forEach((bucket) -> {
						FacetValue value = FacetValue.parse(bucket.key().stringValue());
						counts.add(new ArticleSearchResult.FacetCount(value.key(), value.label(), bucket.docCount()));
					});
				}
				else if (values.isLterms()) {
					values.lterms()
						.buckets()
						.array()
						.forEach((bucket) -> counts.add(new ArticleSearchResult.FacetCount(Long.toString(bucket.key()),
								Long.toString(bucket.key()), bucket.docCount())));
				}
				facets.put(facet, counts);
			}
			String didYouMean = (total == 0 && after == null) ? didYouMean(query.text()) : null;
			return new ArticleSearchResult(total, page.stream().map(ElasticsearchArticleIndex::toHit).toList(), next,
					facets, didYouMean);
		}
		catch (IOException ex) {
			throw unavailable("search", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("search", ex);
		}
	}

	/**
	 * Any of the chosen values: labelled values are stored as {@code key|label}, so a key
	 * matches as the prefix up to the separator.
	 */
	private static Query facetFilter(ArticleQuery.Facet facet, List<String> chosen) {
		if (!facet.labelled()) {
			return Query.of((q) -> q.terms((terms) -> terms.field(facet.field())
				.terms((values) -> values.value(chosen.stream().map(FieldValue::of).toList()))));
		}
		return Query.of((q) -> q.bool((bool) -> {
			chosen.forEach((key) -> bool.should(
					(one) -> one.prefix((prefix) -> prefix.field(facet.field()).value(key + FacetValue.SEPARATOR))));
			return bool.minimumShouldMatch("1");
		}));
	}

	/**
	 * Every word, by words or bigrams, ranks first; some of the words (a visitor's words
	 * that are not all in one story) and most of the bigrams (words the segmenter cuts
	 * differently) find the rest. Words go through the synonyms at query time. A query in
	 * Latin letters is also read as pinyin.
	 */
	private static Query textQuery(String text) {
		return Query.of((q) -> q.bool((bool) -> {
			bool.should((all) -> all.multiMatch((match) -> match.query(text)
				.type(TextQueryType.MostFields)
				.operator(Operator.And)
				.fields(SEARCHED_FIELDS)
				.boost(2f)))
				.should((some) -> some
					.multiMatch((match) -> match.query(text).type(TextQueryType.BestFields).fields(WORD_FIELDS)))
				.should((most) -> most.multiMatch((match) -> match.query(text)
					.type(TextQueryType.MostFields)
					.minimumShouldMatch("60%")
					.fields(BIGRAM_FIELDS)));
			if (LATIN.matcher(text).find()) {
				bool.should((pinyin) -> pinyin.multiMatch((match) -> match.query(text)
					.type(TextQueryType.BestFields)
					.operator(Operator.And)
					.fields(PINYIN_FIELDS)));
				// Whole words typed in pinyin (liangqichao for 梁启超): the start of a word
				// of
				// a title, place or name
				bool.should((word) -> word
					.match((match) -> match.field("suggest.pinyin").query(text.replaceAll("\\s+", ""))));
			}
			return bool.minimumShouldMatch("1");
		}));
	}

	/**
	 * For a query that found nothing: the words of the best story whose pinyin matches
	 * the query's (路等 → 路灯), or null.
	 */
	private @Nullable String didYouMean(String text) throws IOException {
		SearchResponse<Void> response = this.layout.client()
			.search((search) -> search.index(ALIAS)
				.size(1)
				.source((source) -> source.fetch(false))
				.query((q) -> q.bool((bool) -> bool.must((must) -> must.multiMatch((match) -> match.query(text)
					.type(TextQueryType.BestFields)
					.operator(Operator.And)
					.fields(PINYIN_FIELDS))).filter(LIVE)))
				.highlight((highlight) -> {
					highlight.preTags("<mark>").postTags("</mark>");
					PINYIN_FIELDS.forEach((field) -> highlight.fields(
							NamedValue.of(field, HighlightField.of((f) -> f.fragmentSize(40).numberOfFragments(1)))));
					return highlight;
				}), Void.class);
		if (response.hits().hits().isEmpty()) {
			return null;
		}
		Set<String> words = new LinkedHashSet<>();
		for (String field : PINYIN_FIELDS) {
			for (String fragment : response.hits().hits().get(0).highlight().getOrDefault(field, List.of())) {
				Matcher marked = MARKED.matcher(fragment.replace("</mark><mark>", ""));
				while (marked.find()) {
					words.add(marked.group(1));
				}
			}
			if (!words.isEmpty()) {
				break;
			}
		}
		String suggestion = String.join(" ", words);
		return (suggestion.isEmpty() || suggestion.replace(" ", "").equals(text.replaceAll("\\s+", ""))) ? null
				: suggestion;
	}

	@Override
	public List<Suggestion> suggest(String prefix, int size) {
		String typed = prefix.replaceAll("\\s+", "");
		if (typed.isEmpty()) {
			return List.of();
		}
		try {
			SearchResponse<ArticleDocument> response = this.layout.client()
				.search((search) -> search.index(ALIAS)
					.size(size * 2)
					.source((source) -> source.filter((filter) -> filter.excludes("body", "summary")))
					.query((q) -> q.bool((bool) -> {
						bool.should((chars) -> chars.match((match) -> match.field("suggest").query(typed).boost(3f)))
							.should((pinyin) -> pinyin
								.match((match) -> match.field("suggest.pinyin").query(typed).boost(2f)));
						if (INITIALS.matcher(typed).matches()) {
							bool.should((initials) -> initials
								.match((match) -> match.field("suggest.initials").query(typed)));
						}
						return bool.minimumShouldMatch("1").filter(LIVE);
					}))
					.highlight((highlight) -> {
						highlight.preTags("").postTags("");
						for (String field : SUGGEST_FIELDS) {
							highlight.fields(NamedValue.of(field, HighlightField.of((f) -> f.numberOfFragments(0))));
						}
						return highlight;
					}), ArticleDocument.class);
			Map<String, Suggestion> suggestions = new LinkedHashMap<>();
			for (Hit<ArticleDocument> hit : response.hits().hits()) {
				ArticleDocument article = java.util.Objects.requireNonNull(hit.source());
				for (String field : SUGGEST_FIELDS) {
					for (String value : hit.highlight().getOrDefault(field, List.of())) {
						suggestions.putIfAbsent(value, suggestion(value, article));
					}
				}
			}
			return suggestions.values().stream().limit(size).toList();
		}
		catch (IOException ex) {
			throw unavailable("suggest", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("suggest", ex);
		}
	}

	private static Suggestion suggestion(String value, ArticleDocument article) {
		if (value.equals(article.title())) {
			return new Suggestion(value, Suggestion.Kind.TITLE, article.slug());
		}
		if (article.tags().contains(value)) {
			return new Suggestion(value, Suggestion.Kind.TAG, null);
		}
		if (labels(article.context().stations()).contains(value)) {
			return new Suggestion(value, Suggestion.Kind.STATION, null);
		}
		if (labels(article.context().deputies()).contains(value)) {
			return new Suggestion(value, Suggestion.Kind.DEPUTY, null);
		}
		return new Suggestion(value, Suggestion.Kind.PLACE, null);
	}

	private static List<String> labels(List<String> values) {
		return values.stream().map((value) -> FacetValue.parse(value).label()).toList();
	}

	@Override
	public List<RelatedArticle> related(String articleId, int size) {
		try {
			GetResponse<ArticleDocument> found = this.layout.client()
				.get((get) -> get.index(ALIAS).id(articleId), ArticleDocument.class);
			ArticleDocument article = found.source();
			if (article == null || !article.live()) {
				return List.of();
			}
			Map<RelatedArticle.Reason, List<String>> graph = new EnumMap<>(RelatedArticle.Reason.class);
			graph.put(RelatedArticle.Reason.SAME_STATION, article.context().stations());
			graph.put(RelatedArticle.Reason.SAME_LAW, article.context().laws());
			graph.put(RelatedArticle.Reason.SAME_VILLAGE, article.context().villages());
			graph.put(RelatedArticle.Reason.SAME_DEPUTY, article.context().deputies());
			graph.put(RelatedArticle.Reason.SAME_TOWN, article.context().towns());
			graph.put(RelatedArticle.Reason.SAME_DISTRICT, article.context().districts());
			SearchResponse<ArticleDocument> response = this.layout.client()
				.search((search) -> search.index(ALIAS)
					.size(size)
					.source((source) -> source.filter((filter) -> filter.excludes("body")))
					.query((q) -> q.bool((bool) -> {
						bool.should((text) -> text.moreLikeThis((like) -> like.fields("title", "summary", "body")
							.like((item) -> item.document((document) -> document.index(ALIAS).id(articleId)))
							.minTermFreq(1)
							.minDocFreq(1)
							.maxQueryTerms(30)
							.minimumShouldMatch("20%")
							.queryName(RelatedArticle.Reason.SIMILAR_TEXT.name())));
						graph.forEach((reason, values) -> {
							if (!values.isEmpty()) {
								bool.should((same) -> same.terms((terms) -> terms.field(RELATED_FIELDS.get(reason))
									.terms((list) -> list.value(values.stream().map(FieldValue::of).toList()))
									.boost(RELATED_WEIGHTS.get(reason))
									.queryName(reason.name())));
							}
						});
						return bool.minimumShouldMatch("1")
							.filter(LIVE)
							.mustNot((self) -> self.ids((ids) -> ids.values(articleId)));
					})), ArticleDocument.class);
			return response.hits().hits().stream().map((hit) -> {
				List<RelatedArticle.Reason> reasons = hit.matchedQueries()
					.keySet()
					.stream()
					.map(RelatedArticle.Reason::valueOf)
					.sorted()
					.toList();
				return new RelatedArticle(java.util.Objects.requireNonNull(hit.source()),
						(hit.score() != null) ? hit.score() : 0, mostSpecific(reasons));
			}).toList();
		}
		catch (IOException ex) {
			throw unavailable("find related stories", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("find related stories", ex);
		}
	}

	/**
	 * Analysis settings change only on a closed index: Elasticsearch closes and reopens
	 * it (under a second, in which searches are refused); the documents stay as they are.
	 */
	@Override
	public int applySynonyms(List<String> rules) {
		String settings = "{\"analysis\": {\"filter\": {\"zh_synonyms\": {\"type\": \"grassroots_synonyms\", \"synonyms\": "
				+ SearchSynonyms.json(rules) + "}}}}";
		try {
			this.layout.administration()
				.indices()
				.putSettings((put) -> put.index(ALIAS, IndexLayout.BUILDING)
					.ignoreUnavailable(true)
					.reopen(true)
					.settings(IndexSettings.of((index) -> index.withJson(new StringReader(settings)))));
			this.layout.administration()
				.cluster()
				.health((health) -> health.index(ALIAS).waitForStatus(HealthStatus.Yellow));
			return rules.size();
		}
		catch (IOException ex) {
			throw unavailable("reload the synonyms", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("reload the synonyms", ex);
		}
	}

	/** The same village says more than the same town or district: the wider ones go. */
	static List<RelatedArticle.Reason> mostSpecific(List<RelatedArticle.Reason> reasons) {
		List<RelatedArticle.Reason> kept = new ArrayList<>(reasons);
		if (kept.contains(RelatedArticle.Reason.SAME_VILLAGE) || kept.contains(RelatedArticle.Reason.SAME_TOWN)) {
			kept.remove(RelatedArticle.Reason.SAME_DISTRICT);
		}
		if (kept.contains(RelatedArticle.Reason.SAME_VILLAGE)) {
			kept.remove(RelatedArticle.Reason.SAME_TOWN);
		}
		return kept;
	}

	private static co.elastic.clients.elasticsearch.core.search.Highlight.Builder highlight(
			co.elastic.clients.elasticsearch.core.search.Highlight.Builder highlight) {
		highlight.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>");
		HIGHLIGHTED_FIELDS.forEach((field) -> highlight.fields(NamedValue.of(field,
				HighlightField.of((f) -> f.fragmentSize(80).numberOfFragments(field.startsWith("title") ? 0 : 3)))));
		return highlight;
	}

	/**
	 * The client's connect and socket timeouts bound every call; a timeout or a refused
	 * connection arrives here as an {@link IOException}.
	 */
	private static SearchUnavailableException unavailable(String action, IOException ex) {
		return new SearchUnavailableException("Search did not answer in time: could not " + action, ex);
	}

	/** Elasticsearch answered, but that it is too busy or failing: a transient state. */
	private static RuntimeException overloaded(String action, ElasticsearchException ex) {
		if (ex.status() == 429 || ex.status() >= 500) {
			return new SearchUnavailableException("Search is unavailable: could not " + action, ex);
		}
		return ex;
	}

	private static ArticleHit toHit(Hit<ArticleDocument> hit) {
		return new ArticleHit(java.util.Objects.requireNonNull(hit.source()), (hit.score() != null) ? hit.score() : 0,
				merge(hit.highlight()));
	}

	/**
	 * A field and its bigram sub-field often both match: keep the word field's fragments,
	 * which cut at word boundaries, and fall back to the bigram ones. Adjacent marks (a
	 * word the segmenter split, like 排|班) become one.
	 */
	static List<Highlight> merge(Map<String, List<String>> byField) {
		Map<String, List<String>> merged = new LinkedHashMap<>();
		for (String field : HIGHLIGHTED_FIELDS) {
			List<String> fragments = byField.getOrDefault(field, List.of())
				.stream()
				.map((fragment) -> fragment.replace("</mark><mark>", ""))
				.toList();
			if (!fragments.isEmpty()) {
				merged.putIfAbsent(field.replace(".bigram", ""), fragments);
			}
		}
		List<Highlight> highlights = new ArrayList<>();
		merged.forEach((field, fragments) -> highlights.add(new Highlight(field, fragments)));
		return highlights;
	}

}
