package org.grassroots.search.article;

/**
 * Elasticsearch did not answer in time, could not be reached, or said it is overloaded:
 * the caller can try again later; nothing about the request itself was wrong.
 */
public class SearchUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
