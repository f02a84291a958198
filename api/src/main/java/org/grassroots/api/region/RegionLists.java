package org.grassroots.api.region;

import org.grassroots.api.compiled.ComposedList;
import org.grassroots.api.compiled.RootList;
import org.grassroots.application.reads.ComposedReads;
import org.grassroots.application.regions.RegionCatalog;
import org.grassroots.graph.region.RegionFilter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The root {@code regions} list, composed: its arguments read as {@link RegionController}
 * reads them. Regions are public, so no scope enters it.
 */
@Configuration(proxyBeanMethods = false)
class RegionLists {

	@Bean
	ComposedList composedRegions(RegionCatalog regions, ComposedReads reads) {
		return new RootList<>("regions", RegionController.TYPE, regions, RegionFilter.SORTS,
				RegionController.FilterInput.class, RegionController.FilterInput::toFilter, reads);
	}

}
