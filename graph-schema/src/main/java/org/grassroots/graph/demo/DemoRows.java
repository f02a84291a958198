package org.grassroots.graph.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * Rows of one demo data file, as Cypher parameters. Scalar fields become node properties
 * (nested objects flattened: {@code quantity.value} → {@code quantityValue}); dates in
 * fields named {@code on} or ending in {@code On} become Neo4j dates, with their
 * precision when the file gives only a year or a month; the fields that name other
 * records stay for the links.
 */
final class DemoRows {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

	private DemoRows() {
	}

	static List<Map<String, Object>> read(String file) {
		try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
			return json.readValue(in, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Each row as {@code {id, props, checksum, <link fields>}}; the checksum changes when
	 * the row's properties do.
	 */
	static List<Map<String, Object>> toParameters(List<Map<String, Object>> rows, Set<String> linkFields) {
		List<Map<String, Object>> parameters = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> props = new LinkedHashMap<>();
			Map<String, Object> parameter = new LinkedHashMap<>();
			row.forEach((key, value) -> {
				if (linkFields.contains(key)) {
					parameter.put(key, value);
				}
				else {
					putProperty(props, key, value);
				}
			});
			props.putIfAbsent("synthetic", false);
			parameter.put("id", row.get("id"));
			parameter.put("props", props);
			parameter.put("checksum", checksum(props));
			parameters.add(parameter);
		}
		return parameters;
	}

	private static String checksum(Map<String, Object> props) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(props).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static void putProperty(Map<String, Object> props, String key, Object value) {
		if (value instanceof Map<?, ?> nested) {
			((Map<String, Object>) nested).forEach((inner, innerValue) -> putProperty(props,
					key + Character.toUpperCase(inner.charAt(0)) + inner.substring(1), innerValue));
		}
		else if ((key.endsWith("On") || key.equals("on")) && value instanceof String text
				&& DATE.matcher(text).matches()) {
			putDate(props, key, text);
		}
		else {
			props.put(key, value);
		}
	}

	/** 2025-11 becomes 2025-11-01 with precision MONTH; 2023 becomes 2023-01-01, YEAR. */
	private static void putDate(Map<String, Object> props, String key, String text) {
		String precision = switch (text.length()) {
			case 4 -> "YEAR";
			case 7 -> "MONTH";
			default -> "DAY";
		};
		String full = switch (precision) {
			case "YEAR" -> text + "-01-01";
			case "MONTH" -> text + "-01";
			default -> text;
		};
		props.put(key, LocalDate.parse(full));
		if (!precision.equals("DAY")) {
			props.put(key + "Precision", precision);
		}
	}

}
