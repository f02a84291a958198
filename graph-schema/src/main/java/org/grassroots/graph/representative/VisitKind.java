package org.grassroots.graph.representative;

/**
 * What a deputy did on a duty visit.
 */
public enum VisitKind {

	/** 进站接待: received residents at a station. */
	STATION_RECEPTION,

	/** 入网格服务: served in a grid. */
	GRID_SERVICE

}
