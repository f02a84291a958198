package org.grassroots.graph.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.grassroots.graph.access.Scope;
import org.grassroots.graph.paging.Listing;
import org.jspecify.annotations.Nullable;

/**
 * Articles as staff write, review and publish them. Reads and locks take the caller's
 * scope: an article none of whose regions is in scope is not found. Writes follow a
 * {@link #lock} in the same transaction.
 */
public interface ArticleDesk extends Listing<EditorialArticle, EditorialFilter> {

	/** The cases to draft from, those in scope only, in the order asked. */
	List<CaseSheet> sheets(List<String> caseIds, Scope scope);

	/** The residents who agreed to be named in stories about any of the cases. */
	Set<String> consents(Collection<String> caseIds);

	/** Of these names, those of deputies in the graph. */
	Set<String> deputiesNamed(Collection<String> names);

	/** The article, read in scope. */
	Optional<EditorialArticle> find(String id, Scope scope);

	/**
	 * Locks the article (a concurrent change waits for this transaction) and reads it in
	 * scope; empty when it does not exist or is out of scope.
	 */
	Optional<EditorialArticle> lock(String id, Scope scope);

	/** Whether another article uses the slug, now or as a former one. */
	boolean slugTaken(String slug, @Nullable String exceptId);

	/**
	 * Creates a draft with its first revision, telling the cases.
	 * @param facts the drafted facts with their sources, JSON
	 * @param caseVersions the cases' versions, a JSON object
	 */
	void create(String id, ArticleRevision first, String facts, String caseVersions);

	/**
	 * Adds a revision, makes it the working one and sets the state; the cases are
	 * relinked when the revision's differ.
	 */
	void revise(ArticleRevision revision, ArticleState state);

	/**
	 * Moves the article to a state.
	 * @param changes properties to set with it ({@code null} removes one), e.g.
	 * {@code approvedBy}, {@code publishAt}
	 */
	void transition(String id, ArticleState state, Map<String, @Nullable Object> changes);

	/**
	 * Makes the working revision what visitors see, replacing the live one at once, and
	 * clears a pending publish time.
	 */
	void publish(String id, Instant at);

	/**
	 * Takes the live revision down and clears a pending take-down time.
	 * @param state {@link ArticleState#UNPUBLISHED} or {@link ArticleState#ARCHIVED}
	 */
	void takeDown(String id, ArticleState state, Instant at);

	List<ArticleRevision> revisions(String id);

	Optional<ArticleRevision> revision(String id, int number);

	/** Articles with a scheduled action at or before the time, soonest first. */
	List<String> due(Instant now, int limit);

}
