package org.grassroots.graph.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one kind of list can be ordered by, each field named as the API's
 * {@code …OrderField} enum names it: one model for every list's orders, each list's
 * filter holding its own.
 *
 * @param fields by name, in the order given
 */
public record Sorts(Map<String, SortField> fields) {

	/** The name of the key order, which every list has and lists without an order use. */
	public static final String KEY = "KEY";

	public Sorts {
		fields = Map.copyOf(fields);
		if (!fields.containsKey(KEY)) {
			throw new IllegalArgumentException("Every list can be ordered by its key");
		}
	}

	public static Sorts of(SortField... fields) {
		Map<String, SortField> byName = new LinkedHashMap<>();
		for (SortField field : fields) {
			byName.put(field.name(), field);
		}
		return new Sorts(byName);
	}

	/** The field with the name. */
	public SortField get(String name) {
		SortField field = this.fields.get(name);
		if (field == null) {
			throw new IllegalArgumentException("No order '" + name + "'; one of " + names());
		}
		return field;
	}

	/** The list's default order: by key, ascending. */
	public Order byKey() {
		return get(KEY).ascending();
	}

	public Set<String> names() {
		return this.fields.keySet();
	}

	/** Text, in Unicode order. */
	public static SortField text(String name, String expression) {
		return new Named(name, SortKey.text(expression));
	}

	/** A date property; absent dates sort as the earliest. */
	public static SortField date(String name, String property) {
		return new Named(name, SortKey.date(property));
	}

	/** A number property that is never negative; absent numbers sort as zero. */
	public static SortField number(String name, String property) {
		return new Named(name, SortKey.number(property));
	}

	/** A date and time property, always present. */
	public static SortField dateTime(String name, String property) {
		return new Named(name, new SortKey(property, SortType.DATE_TIME));
	}

	/** A field of a list's order. */
	record Named(String name, SortKey key) implements SortField {
	}

}
