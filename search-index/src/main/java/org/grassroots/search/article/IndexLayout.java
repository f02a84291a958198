package org.grassroots.search.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import co.elastic.clients.json.JsonData;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where the article documents live. Visitors search the alias {@value #ALIAS}; a new
 * index being built sits behind {@value #BUILDING}, and every write goes to it as well
 * until the aliases switch. An index's mapping carries its definition's version in
 * {@code _meta}, so the start-up check reads what an index is rather than trusting its
 * name.
 */
@Component
class IndexLayout {

	static final String ALIAS = "articles";

	static final String BUILDING = "articles-building";

	/** The definition's version: a changed mapping or analysis ships as a new one. */
	static final int VERSION = 5;

	static final String DEFINITION = "search/articles-v" + VERSION + ".json";

	private static final String NO_SYNONYMS = "\"synonyms\": []";

	/** Elasticsearch's default refresh interval, which visitors' searches rely on. */
	static final String REFRESH_INTERVAL = "1s";

	/** How long writers may keep using what they last read of the building alias. */
	static final long BUILDING_CACHE_MILLIS = 500;

	private final ElasticsearchClient client;

	private final ElasticsearchClient administration;

	private final SearchSynonyms synonyms;

	private final Clock clock = Clock.systemUTC();

	private volatile @Nullable String building;

	private volatile Instant buildingReadAt = Instant.EPOCH;

	IndexLayout(ElasticsearchClient client, SearchSynonyms synonyms, SearchProperties properties) {
		this.client = client;
		this.administration = ElasticsearchDeadlines.patient(client, properties.administrationTimeout());
		this.synonyms = synonyms;
	}

	/**
	 * The client of the cluster the indices live in, for searches and writes: each call
	 * ends within {@code spring.elasticsearch.socket-timeout}.
	 */
	ElasticsearchClient client() {
		return this.client;
	}

	/**
	 * The same client for changes to the indices themselves, which may take as long as
	 * {@code grassroots.search.administration-timeout}: creating an index with the
	 * analysis plugin's filters or reopening one takes seconds on a busy machine, and a
	 * visitor's deadline would fail the start-up or a rebuild that was only slow.
	 */
	ElasticsearchClient administration() {
		return this.administration;
	}

	/** Creates an index of this version's definition with the current synonym rules. */
	void create(String name, Map<String, String> meta) throws IOException {
		try (InputStream definition = new ClassPathResource(DEFINITION).getInputStream()) {
			String json = new String(definition.readAllBytes(), StandardCharsets.UTF_8).replace(NO_SYNONYMS,
					"\"synonyms\": " + SearchSynonyms.json(this.synonyms.rules()));
			this.administration.indices().create((index) -> index.index(name).withJson(new StringReader(json)));
		}
		if (!meta.isEmpty()) {
			meta(name, meta);
		}
	}

	/**
	 * Sets how often an index makes what was written searchable: {@code -1} (never on its
	 * own) while a build copies into it, as Elasticsearch advises for a bulk load (each
	 * refresh makes a small segment the copy then pays to merge), and the default
	 * {@value #REFRESH_INTERVAL} once visitors search it.
	 */
	void refreshInterval(String index, String interval) throws IOException {
		this.administration.indices()
			.putSettings((settings) -> settings.index(index)
				.settings((values) -> values.refreshInterval((time) -> time.time(interval))));
	}

	/** The indices behind an alias, empty when it does not exist. */
	Set<String> behind(String alias) throws IOException {
		return behind(this.administration, alias);
	}

	private static Set<String> behind(ElasticsearchClient client, String alias) throws IOException {
		return client.indices().existsAlias((exists) -> exists.name(alias)).value()
				? client.indices().getAlias((get) -> get.name(alias)).aliases().keySet() : Set.of();
	}

	/**
	 * The definition version an index's mapping records; 0 for one from before versions.
	 */
	int version(String index) throws IOException {
		String value = meta(index).get("version");
		return (value != null) ? (int) Double.parseDouble(value) : 0;
	}

	/** An index's {@code _meta}, its values as strings. */
	Map<String, String> meta(String index) throws IOException {
		IndexMappingRecord record = this.administration.indices().getMapping((get) -> get.index(index)).get(index);
		Map<String, String> meta = new java.util.HashMap<>();
		if (record != null && record.mappings().meta() != null) {
			record.mappings().meta().forEach((key, value) -> meta.put(key, text(value)));
		}
		return meta;
	}

	/** Adds entries to an index's {@code _meta}, keeping the version. */
	void meta(String index, Map<String, String> entries) throws IOException {
		Map<String, JsonData> meta = new java.util.HashMap<>();
		meta(index).forEach((key, value) -> meta.put(key, JsonData.of(value)));
		entries.forEach((key, value) -> meta.put(key, JsonData.of(value)));
		meta.put("version", JsonData.of(VERSION));
		this.administration.indices().putMapping((put) -> put.index(index).meta(meta));
	}

	private static String text(JsonData value) {
		String json = value.toJson().toString();
		return (json.startsWith("\"") && json.endsWith("\"")) ? value.to(String.class) : json;
	}

	/**
	 * The index being built, read again at most every {@value #BUILDING_CACHE_MILLIS} ms:
	 * a build starts copying only after that long, so no write misses it.
	 */
	@Nullable String building() throws IOException {
		Instant now = this.clock.instant();
		if (now.toEpochMilli() - this.buildingReadAt.toEpochMilli() >= BUILDING_CACHE_MILLIS) {
			this.building = behind(this.client, BUILDING).stream().findFirst().orElse(null);
			this.buildingReadAt = now;
		}
		return this.building;
	}

	/** Forgets what was read of the building alias. */
	void buildingChanged() {
		this.buildingReadAt = Instant.EPOCH;
	}

}
