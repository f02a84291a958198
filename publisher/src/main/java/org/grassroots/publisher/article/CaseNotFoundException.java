package org.grassroots.publisher.article;

/**
 * No case has the given id.
 */
public class CaseNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String caseId;

	public CaseNotFoundException(String caseId) {
		super("No case with id '" + caseId + "'");
		this.caseId = caseId;
	}

	public String caseId() {
		return this.caseId;
	}

}
