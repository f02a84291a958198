package org.grassroots.publisher.article;

/**
 * Publishes cases as public articles.
 */
public interface CasePublisher {

	/**
	 * Builds the case's article, stores it in the graph and makes it searchable.
	 * Publishing a case again refreshes its article from the case.
	 * @throws CaseNotFoundException when no case has that id; nothing is stored then
	 */
	Article publish(String caseId);

}
