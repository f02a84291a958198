package org.grassroots.application.failure;

import java.util.List;

/**
 * Input that breaks one or more rules; nothing was changed. Each problem names the input
 * field it is about.
 */
public class InvalidFields extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Problem> problems;

	public InvalidFields(List<Problem> problems) {
		super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public InvalidFields(String field, String message) {
		this(List.of(new Problem(field, message)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * One broken rule.
	 *
	 * @param field the input field's path, e.g. {@code input.title}
	 * @param message what is wrong, for a person
	 */
	public record Problem(String field, String message) {
	}

}
