package org.grassroots.api.region;

import org.grassroots.api.paging.ListFields;
import org.grassroots.application.regions.RegionCatalog;
import org.grassroots.graph.region.Region;
import org.grassroots.graph.region.RegionFilter;
import org.grassroots.graph.region.RegionRelation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The lists of regions: the root list, composed (its arguments read as its fetcher reads
 * them), and each region's children. Regions are public, so no scope enters them.
 */
@Configuration(proxyBeanMethods = false)
class RegionLists {

	@Bean
	ListFields<Region, RegionFilter, RegionRelation, RegionController.FilterInput> regionFields(RegionCatalog regions,
			BatchLoaderRegistry registry) {
		return ListFields
			.of(RegionController.TYPE, regions, RegionFilter.SORTS, RegionController.FilterInput.class,
					RegionController.FilterInput::toFilter, registry)
			.root("regions")
			.composed()
			.owned(RegionController.TYPE, "children", RegionRelation.CHILD_OF, Region::id);
	}

}
