package org.grassroots.graph.law;

import org.grassroots.graph.paging.Listing;

/**
 * Reads laws, regulations and drafts.
 */
public interface Laws extends Listing<Law, LawFilter> {

}
