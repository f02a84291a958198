package org.grassroots.search.article;

import java.util.List;
import java.util.Map;

import org.grassroots.search.article.ArticleIndex.Change;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilding and checking the article index. A build creates a new index of the current
 * definition beside the live one; while it fills, every change visitors' writes bring
 * goes to both; it records how far it got in the new index itself, so that it can resume
 * after an interruption; the alias switches to it in one atomic step.
 */
public interface IndexMaintenance {

	/** The index visitors search now. */
	String liveIndex();

	/** The build under way, if any. */
	@Nullable Build build();

	/**
	 * Creates a new index behind the building alias, or returns the build under way.
	 * Writes reach it from {@link #settleMillis()} after it is returned.
	 */
	Build startBuild();

	/** How long after {@link #startBuild()} every writer writes to the new index too. */
	long settleMillis();

	/**
	 * Writes what was read from the graph just now to one index only: a version equal to
	 * the index's replaces it (as after a deletion), an older one is skipped. Visible to
	 * searches at the next refresh ({@link #contents} refreshes first).
	 * @return the articles whose change failed, with the reason
	 */
	Map<String, String> applyTo(String index, List<Change> changes);

	/** Records how far a build got: the last article key copied and how many so far. */
	void progress(String index, String after, long copied);

	/**
	 * What the index holds of every article: its version (the publication sequence) and
	 * whether visitors find it.
	 */
	Map<String, Indexed> contents(String index);

	/**
	 * Moves the alias to the built index in one step, then deletes the index it leaves.
	 * @return the index it left
	 */
	String switchTo(String index);

	/**
	 * A build.
	 *
	 * @param index the new index
	 * @param after the key of the last article copied, null before the first
	 * @param copied how many articles were copied
	 */
	record Build(String index, @Nullable String after, long copied) {
	}

	/**
	 * An article as the index holds it.
	 *
	 * @param version the publication sequence it was written with
	 * @param live whether visitors find it
	 */
	record Indexed(long version, boolean live) {
	}

}
