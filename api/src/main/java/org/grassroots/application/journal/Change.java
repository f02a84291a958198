package org.grassroots.application.journal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A field's value before and after a mutation, as the audit trail shows it.
 *
 * @param before the value before (null when absent)
 * @param after the value after (null when removed)
 */
public record Change(@Nullable Object before, @Nullable Object after) {

	/**
	 * The fields whose values differ between the two maps (dates and numbers compared as
	 * text, as the trail shows them).
	 */
	public static Map<String, Change> between(Map<String, ? extends @Nullable Object> before,
			Map<String, ? extends @Nullable Object> after) {
		Map<String, Change> changes = new TreeMap<>();
		after.forEach((field, value) -> {
			Object old = before.get(field);
			if (!Objects.equals(text(old), text(value))) {
				changes.put(field, new Change(plain(old), plain(value)));
			}
		});
		return changes;
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
			return Long.toString(number.longValue());
		}
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable Object plain(@Nullable Object value) {
		return (value instanceof Number || value instanceof Boolean || value instanceof String || value == null) ? value
				: value.toString();
	}

}
