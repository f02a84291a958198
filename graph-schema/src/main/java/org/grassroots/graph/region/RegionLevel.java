package org.grassroots.graph.region;

/**
 * Levels of the administrative hierarchy, top down.
 */
public enum RegionLevel {

	/** 省. */
	PROVINCE,

	/** 地级市. */
	CITY,

	/** 区 or 县级市. */
	DISTRICT,

	/** 镇, 街道 or an equivalent area such as a 管委会. */
	TOWN,

	/** 村 or 社区. */
	VILLAGE

}
