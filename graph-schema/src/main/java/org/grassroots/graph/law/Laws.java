package org.grassroots.graph.law;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.grassroots.graph.paging.Listing;

/**
 * Reads laws, regulations and drafts.
 */
public interface Laws extends Listing<Law, LawFilter> {

	/** The laws each case concerns, by key. */
	Map<String, List<Law>> ofCases(Collection<String> caseIds);

}
