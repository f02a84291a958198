package org.grassroots.application.failure;

import java.util.List;
import java.util.Map;

/**
 * Publishing was refused because the pre-publish checks found something; nothing was
 * changed. A publisher may fix the findings or override them with a reason.
 */
public class ChecksFailed extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Map<String, Object>> findings;

	/**
	 * @param findings each with its {@code field}, {@code position}, {@code kind} and
	 * {@code masked} text
	 */
	public ChecksFailed(String message, List<Map<String, Object>> findings) {
		super(message);
		this.findings = List.copyOf(findings);
	}

	public List<Map<String, Object>> findings() {
		return this.findings;
	}

}
