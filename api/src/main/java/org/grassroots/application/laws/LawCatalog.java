package org.grassroots.application.laws;

import org.grassroots.application.listing.Catalog;
import org.grassroots.graph.law.Law;
import org.grassroots.graph.law.LawFilter;
import org.grassroots.graph.law.Laws;

import org.springframework.stereotype.Service;

/**
 * Reading laws and drafts.
 */
@Service
public class LawCatalog extends Catalog<Law, LawFilter, Laws> {

	LawCatalog(Laws laws) {
		super(laws);
	}

}
