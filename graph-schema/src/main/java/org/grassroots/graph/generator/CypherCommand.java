package org.grassroots.graph.generator;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@code ./grassroots cypher ["<statement>"]}: runs one Cypher statement against the
 * embedded database (with the application stopped) or the server at
 * {@code spring.neo4j.uri}, and prints the rows. Without a statement it prints how many
 * nodes of each label and relationships of each type the graph holds.
 */
public final class CypherCommand {

	private static final String SUMMARY = """
			CALL db.labels() YIELD label
			CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
			RETURN 'node' AS kind, label AS name, count
			UNION ALL
			CALL db.relationshipTypes() YIELD relationshipType AS type
			CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
			RETURN 'relationship' AS kind, type AS name, count""";

	private CypherCommand() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext context = Commands.start(args, "logging.level.root=warn")) {
			List<String> statement = context.getBean(ApplicationArguments.class).getNonOptionArgs();
			String cypher = statement.isEmpty() ? SUMMARY : String.join(" ", statement);
			Collection<Map<String, Object>> rows = context.getBean(Neo4jClient.class).query(cypher).fetch().all();
			rows.forEach((row) -> System.out.println(row));
			System.out.println("(" + rows.size() + " rows)");
		}
	}

}
