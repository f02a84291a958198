package org.grassroots.graph.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned Cypher scripts under {@code db/migration}
 * ({@code V<n>__<what>.cypher}) in order, each once. Every applied version is recorded as
 * a {@code :SchemaMigration} node with the script's checksum; a script edited after it
 * was applied stops start-up instead of leaving the schema in an unknown state.
 */
@Component
@Order(StartupOrder.MIGRATIONS)
public class Migrations implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(Migrations.class);

	private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

	private final Neo4jClient neo4j;

	Migrations(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		apply();
	}

	/**
	 * Applies the scripts not yet applied.
	 * @return the versions applied by this call, in order
	 */
	public List<Integer> apply() {
		this.neo4j.query("""
				CREATE CONSTRAINT schema_migration_version IF NOT EXISTS
				FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE""").run();
		List<Integer> applied = new ArrayList<>();
		for (Script script : scripts()) {
			if (applyIfNew(script)) {
				applied.add(script.version());
			}
		}
		return applied;
	}

	private boolean applyIfNew(Script script) {
		var recorded = this.neo4j.query("MATCH (m:SchemaMigration {version: $version}) RETURN m.checksum AS checksum")
			.bind(script.version())
			.to("version")
			.fetchAs(String.class)
			.one();
		if (recorded.isPresent()) {
			if (!recorded.get().equals(script.checksum())) {
				throw new IllegalStateException("Migration V" + script.version() + " (" + script.description()
						+ ") changed after it was applied; add a new migration instead");
			}
			return false;
		}
		script.statements().forEach((statement) -> this.neo4j.query(statement).run());
		this.neo4j.query("""
				CREATE (m:SchemaMigration {version: $version, description: $description,
				        checksum: $checksum, appliedAt: datetime()})""")
			.bindAll(Map.of("version", script.version(), "description", script.description(), "checksum",
					script.checksum()))
			.run();
		logger.info("Applied migration V{} {}", script.version(), script.description());
		return true;
	}

	private static List<Script> scripts() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.cypher");
			return Arrays.stream(resources)
				.map(Migrations::read)
				.sorted(Comparator.comparingInt(Script::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Script read(Resource resource) {
		Matcher name = SCRIPT_NAME.matcher(String.valueOf(resource.getFilename()));
		if (!name.matches()) {
			throw new IllegalStateException("Not a migration script name: " + resource.getFilename());
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new Script(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Script(int version, String description, String text) {

		/**
		 * Statements end with a semicolon at the end of a line; {@code //} lines are
		 * comments.
		 */
		List<String> statements() {
			String withoutComments = text.lines()
				.filter((line) -> !line.strip().startsWith("//"))
				.reduce("", (all, line) -> all + line + "\n");
			return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
				.map(String::strip)
				.filter((statement) -> !statement.isEmpty())
				.toList();
		}

		String checksum() {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
