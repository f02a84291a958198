package org.grassroots.graph.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.cases.Case;
import org.grassroots.graph.embedded.EmbeddedNeo4jServer;
import org.grassroots.graph.migration.Migrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset ({@code demo/cases.json}, curated from the Jiangmen seed
 * documents). Loading is idempotent: records are matched on their business keys and only
 * created when missing, so a second load changes nothing and staff edits survive.
 */
@Component
public class DemoData implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final Neo4jClient neo4j;

	private final LoadMode mode;

	private final boolean embedded;

	DemoData(Neo4jClient neo4j, Migrations migrations, ObjectProvider<EmbeddedNeo4jServer> embeddedServer,
			@Value("${grassroots.demo-data.load:auto}") LoadMode mode) {
		this.neo4j = neo4j;
		this.mode = mode;
		this.embedded = embeddedServer.getIfAvailable() != null;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.mode == LoadMode.ALWAYS || (this.mode == LoadMode.AUTO && this.embedded)) {
			int created = load();
			logger.info("Demo data loaded: {} new cases", created);
		}
	}

	/**
	 * Loads the dataset.
	 * @return how many cases did not exist before
	 */
	public int load() {
		return this.neo4j.query("""
				UNWIND $cases AS row
				MERGE (c:Case {id: row.id})
				ON CREATE SET c += row, c.createdAt = datetime(), c.created = true
				WITH c, coalesce(c.created, false) AS created
				REMOVE c.created
				RETURN count(CASE WHEN created THEN 1 END)""")
			.bind(readCases().stream().map(DemoData::toRow).toList())
			.to("cases")
			.fetchAs(Long.class)
			.one()
			.orElse(0L)
			.intValue();
	}

	static List<Case> readCases() {
		try (InputStream in = new ClassPathResource("demo/cases.json").getInputStream()) {
			return JsonMapper.builder().build().readValue(in, new TypeReference<List<Case>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> toRow(Case kase) {
		return Map.of("id", kase.id(), "title", kase.title(), "summary", kase.summary(), "narrative", kase.narrative(),
				"kind", kase.kind().name(), "place", kase.place(), "source", kase.source());
	}

	/** When to load the dataset. */
	public enum LoadMode {

		/** Only with the embedded database. */
		AUTO,

		/** Also into an external database. */
		ALWAYS,

		/** Never. */
		NEVER

	}

}
