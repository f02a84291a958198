package org.grassroots.graph.editing;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Value;

/**
 * A record's stored properties as a change's "before" in the audit trail: without the
 * bookkeeping (lock, version, timestamps, demo checksums), dates and times as ISO text.
 */
public final class StoredProperties {

	private static final List<String> BOOKKEEPING = List.of("lock", "demoChecksum", "version", "updatedAt",
			"createdAt");

	private StoredProperties() {
	}

	public static Map<String, Object> of(Value properties) {
		Map<String, Object> plain = new TreeMap<>();
		properties.asMap((value) -> value.asObject()).forEach((name, value) -> {
			if (!BOOKKEEPING.contains(name)) {
				plain.put(name, (value instanceof Temporal) ? value.toString() : value);
			}
		});
		return plain;
	}

}
