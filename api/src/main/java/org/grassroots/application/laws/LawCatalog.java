package org.grassroots.application.laws;

import java.util.Collection;
import java.util.List;
import java.util.Map;

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

	/** The laws each case concerns. */
	public Map<String, List<Law>> ofCases(Collection<String> caseIds) {
		return this.store.ofCases(caseIds);
	}

}
