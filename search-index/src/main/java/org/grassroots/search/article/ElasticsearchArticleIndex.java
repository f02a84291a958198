package org.grassroots.search.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The article index lives behind the alias {@value #ALIAS}; the concrete index carries a
 * version ({@value #INDEX}) so a new mapping can be built beside the old one and the
 * alias switched. At start-up an alias on an older version is moved to a new, empty index
 * of this version (the graph is the record: every article is delivered again).
 */
@Component
class ElasticsearchArticleIndex implements ArticleIndex, InitializingBean {

	static final String ALIAS = "articles";

	static final String INDEX = "articles-v3";

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchArticleIndex.class);

	private static final List<String> SEARCHED_FIELDS = List.of("title^3", "title.bigram^2", "summary^2",
			"summary.bigram", "body", "body.bigram", "place", "place.bigram");

	private static final List<String> WORD_FIELDS = List.of("title^3", "summary^2", "body", "place");

	private static final List<String> BIGRAM_FIELDS = List.of("title.bigram^2", "summary.bigram", "body.bigram",
			"place.bigram");

	private static final List<String> HIGHLIGHTED_FIELDS = List.of("title", "title.bigram", "summary", "summary.bigram",
			"body", "body.bigram");

	private final ElasticsearchClient client;

	private volatile boolean created;

	ElasticsearchArticleIndex(ElasticsearchClient client) {
		this.client = client;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		Set<String> current = this.client.indices().existsAlias((alias) -> alias.name(ALIAS)).value()
				? this.client.indices().getAlias((alias) -> alias.name(ALIAS)).aliases().keySet() : Set.of();
		if (current.contains(INDEX)) {
			return;
		}
		try (InputStream definition = new ClassPathResource("search/" + INDEX + ".json").getInputStream()) {
			this.client.indices().create((index) -> index.index(INDEX).withJson(definition));
		}
		catch (ElasticsearchException ex) {
			// Another instance created it first
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			return;
		}
		this.client.indices().updateAliases((update) -> {
			current.forEach(
					(old) -> update.actions((action) -> action.remove((remove) -> remove.index(old).alias(ALIAS))));
			return update.actions((action) -> action.add((add) -> add.index(INDEX).alias(ALIAS)));
		});
		for (String old : current) {
			this.client.indices().delete((delete) -> delete.index(old));
		}
		this.created = true;
		logger.info("Created index {} behind alias {}{}", INDEX, ALIAS,
				current.isEmpty() ? "" : " (replacing " + current + ")");
	}

	@Override
	public boolean createdAtStart() {
		return this.created;
	}

	@Override
	public Map<String, String> apply(List<Change> changes) {
		if (changes.isEmpty()) {
			return Map.of();
		}
		try {
			BulkResponse response = this.client.bulk((bulk) -> {
				bulk.index(ALIAS).refresh(Refresh.True);
				changes.forEach((change) -> bulk
					.operations((operation) -> operation.index((index) -> index.id(change.document().id())
						.document(change.document())
						.versionType(VersionType.External)
						.version(change.version()))));
				return bulk;
			});
			Map<String, String> failures = new LinkedHashMap<>();
			for (BulkResponseItem item : response.items()) {
				// 409: the index holds this version or a newer one
				if (item.error() != null && item.status() != 409) {
					failures.put(java.util.Objects.requireNonNullElse(item.id(), ""),
							item.status() + " " + item.error().type() + ": " + item.error().reason());
				}
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

	@Override
	public ArticleSearchResult search(String query, int size) {
		try {
			SearchResponse<ArticleDocument> response = this.client.search((search) -> search.index(ALIAS)
				.size(size)
				.trackTotalHits((total) -> total.enabled(true))
				.query((q) -> q.bool((bool) -> bool
					// Every word, by words or bigrams: these rank first
					.should((all) -> all.multiMatch((match) -> match.query(query)
						.type(TextQueryType.MostFields)
						.operator(Operator.And)
						.fields(SEARCHED_FIELDS)
						.boost(2f)))
					// Some of the words: a visitor's words that are not all in one story
					.should((some) -> some
						.multiMatch((match) -> match.query(query).type(TextQueryType.BestFields).fields(WORD_FIELDS)))
					// Most of the bigrams: words the segmenter cuts differently
					.should((most) -> most.multiMatch((match) -> match.query(query)
						.type(TextQueryType.MostFields)
						.minimumShouldMatch("60%")
						.fields(BIGRAM_FIELDS)))
					.minimumShouldMatch("1")
					.filter((filter) -> filter.term((term) -> term.field("live").value(true)))))
				.highlight((highlight) -> {
					highlight.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>");
					HIGHLIGHTED_FIELDS.forEach((field) -> highlight.fields(NamedValue.of(field, HighlightField
						.of((f) -> f.fragmentSize(80).numberOfFragments(field.startsWith("title") ? 0 : 3)))));
					return highlight;
				}), ArticleDocument.class);
			long total = (response.hits().total() != null) ? response.hits().total().value() : 0;
			return new ArticleSearchResult(total,
					response.hits().hits().stream().map(ElasticsearchArticleIndex::toHit).toList());
		}
		catch (IOException ex) {
			throw unavailable("search", ex);
		}
		catch (ElasticsearchException ex) {
			throw overloaded("search", ex);
		}
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
