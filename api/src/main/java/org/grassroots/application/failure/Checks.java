package org.grassroots.application.failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects every broken rule of one input before anything is written, so that a person
 * fixing a form sees all of them at once.
 */
public final class Checks {

	private final String prefix;

	private final List<InvalidFields.Problem> problems = new ArrayList<>();

	private Checks(String prefix) {
		this.prefix = prefix;
	}

	/** Checks of the fields of a mutation's {@code input} argument. */
	public static Checks ofInput() {
		return new Checks("input.");
	}

	/**
	 * Plain text: present when required, not blank, at most {@code max} characters, no
	 * control characters but line breaks and tabs.
	 * @param label how people call the field, e.g. 标题
	 */
	public Checks text(String field, String label, @Nullable String value, boolean required, int max) {
		if (value == null) {
			if (required) {
				add(field, label + " (" + field + ") is required");
			}
			return this;
		}
		if (value.isBlank()) {
			add(field, label + " (" + field + ") must not be blank");
		}
		else if (value.codePointCount(0, value.length()) > max) {
			add(field, label + " (" + field + ") has at most " + max + " characters, got "
					+ value.codePointCount(0, value.length()));
		}
		else if (value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
			add(field, label + " (" + field + ") must not contain control characters");
		}
		return this;
	}

	/** A figure that cannot be negative, when given. */
	public Checks notNegative(String field, String label, @Nullable Number value) {
		if (value != null && value.doubleValue() < 0) {
			add(field, label + " (" + field + ") cannot be negative, got " + value);
		}
		return this;
	}

	/** A key of a referenced record, when given: not blank, at most 200 characters. */
	public Checks key(String field, String label, @Nullable String value) {
		return text(field, label, value, false, 200);
	}

	/** Keys of referenced records, when given: at most {@code max}, each a valid key. */
	public Checks keys(String field, String label, @Nullable Collection<String> values, int max) {
		if (values == null) {
			return this;
		}
		if (values.size() > max) {
			add(field, label + " (" + field + ") has at most " + max + " entries, got " + values.size());
			return this;
		}
		int i = 0;
		for (String value : values) {
			key(field + "[" + i++ + "]", label, value);
		}
		return this;
	}

	/** A rule of its own. */
	public Checks add(String field, String message) {
		this.problems.add(new InvalidFields.Problem(this.prefix + field, message));
		return this;
	}

	/** Adds the problem when the condition does not hold. */
	public Checks require(boolean condition, String field, String message) {
		if (!condition) {
			add(field, message);
		}
		return this;
	}

	/**
	 * @throws InvalidFields when any rule is broken
	 */
	public void orThrow() {
		if (!this.problems.isEmpty()) {
			throw new InvalidFields(this.problems);
		}
	}

}
