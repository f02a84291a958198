package org.grassroots.graph.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.embedded.EmbeddedNeo4jServer;
import org.grassroots.graph.migration.StartupOrder;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the Jiangmen demo dataset: the JSON files under {@code demo/}, curated by hand
 * from the seed documents (every record names its source; illustrative filler says
 * {@code "synthetic": true}). Loading is idempotent: records are merged on their business
 * keys and their properties set only when they are created, so a second load changes
 * nothing and staff edits survive.
 */
@Component
@Order(StartupOrder.DEMO_DATA)
public class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final Neo4jClient neo4j;

	private final LoadMode mode;

	private final boolean embedded;

	DemoData(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4jServer> embeddedServer,
			@Value("${grassroots.demo-data.load:auto}") LoadMode mode) {
		this.neo4j = neo4j;
		this.mode = mode;
		this.embedded = embeddedServer.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (loads()) {
			Changes changes = load();
			logger.info("Demo data loaded: {} nodes and {} relationships created, {} properties set",
					changes.nodesCreated(), changes.relationshipsCreated(), changes.propertiesSet());
		}
	}

	/**
	 * Whether this start loads the dataset (always, or by default into an embedded
	 * store).
	 */
	public boolean loads() {
		return this.mode == LoadMode.ALWAYS || (this.mode == LoadMode.AUTO && this.embedded);
	}

	/** The keys of the dataset's cases, in the dataset's order. */
	public List<String> caseIds() {
		return DemoDataset.read().cases().stream().map((row) -> String.valueOf(row.get("id"))).toList();
	}

	/**
	 * Loads the dataset.
	 * @return what the load changed; nothing on a second load
	 */
	public Changes load() {
		DemoDataset dataset = DemoDataset.read();
		dataset.validate();
		List<ResultSummary> summaries = new ArrayList<>();
		for (DemoDataset.Statement statement : dataset.statements()) {
			summaries.add(this.neo4j.query(statement.cypher()).bindAll(Map.of("rows", statement.rows())).run());
		}
		return Changes.of(summaries);
	}

	/**
	 * What a load created.
	 *
	 * @param nodesCreated nodes
	 * @param relationshipsCreated relationships
	 * @param propertiesSet properties
	 */
	public record Changes(int nodesCreated, int relationshipsCreated, int propertiesSet) {

		static Changes of(List<ResultSummary> summaries) {
			int nodes = 0;
			int relationships = 0;
			int properties = 0;
			for (ResultSummary summary : summaries) {
				nodes += summary.counters().nodesCreated();
				relationships += summary.counters().relationshipsCreated();
				properties += summary.counters().propertiesSet();
			}
			return new Changes(nodes, relationships, properties);
		}

		public boolean isEmpty() {
			return this.nodesCreated == 0 && this.relationshipsCreated == 0 && this.propertiesSet == 0;
		}

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
