package org.grassroots.graph.station;

/**
 * What a station is. Contact points are stations too: deputies and residents meet there
 * and cases are collected there.
 */
public enum StationKind {

	/** 镇（街道）人大代表中心联络站. */
	CENTER,

	/** 村人大代表联络站. */
	VILLAGE,

	/** 社区人大代表联络站. */
	COMMUNITY,

	/** 企业人大代表联络站, at or for enterprises. */
	ENTERPRISE,

	/** 产业（行业）联络站. */
	INDUSTRY,

	/** 线上联络站. */
	ONLINE,

	/** 移动联络站. */
	MOBILE,

	/** 跨界联络站, across the border with Hong Kong and Macao. */
	CROSS_BORDER,

	/** 基层立法联系点. */
	LEGISLATIVE_CONTACT_POINT,

	/** 预算工作基层联系点. */
	BUDGET_CONTACT_POINT,

	/** 社会建设工作基层联系点. */
	SOCIAL_CONSTRUCTION_CONTACT_POINT,

	/** 外事联络点. */
	FOREIGN_AFFAIRS_CONTACT_POINT

}
