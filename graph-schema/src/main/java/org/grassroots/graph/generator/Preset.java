package org.grassroots.graph.generator;

/**
 * The size of a generated graph. Region counts multiply down the hierarchy; stations,
 * deputies, cases and visits are totals spread over it.
 *
 * @param name preset name
 * @param provinces provinces
 * @param citiesPerProvince prefecture-level cities per province
 * @param districtsPerCity districts and county-level cities per city
 * @param townsPerDistrict towns and streets per district
 * @param villagesPerTown villages and communities per town
 * @param smallGridsPerVillage small grids within each village's large grid
 * @param stations stations in all (one centre station per town, the rest in villages)
 * @param deputies deputies in all
 * @param cases cases in all
 * @param visitsPerDeputy duty visits logged per deputy
 * @param laws laws and drafts
 */
public record Preset(String name, int provinces, int citiesPerProvince, int districtsPerCity, int townsPerDistrict,
		int villagesPerTown, int smallGridsPerVillage, int stations, int deputies, long cases, int visitsPerDeputy,
		int laws) {

	/** Fits a unit test: a few hundred nodes. */
	public static final Preset SMALL = new Preset("small", 1, 1, 2, 3, 4, 2, 30, 120, 300, 4, 10);

	/**
	 * Jiangmen's order (seeds/000: 73 towns and streets, 621 stations; five-level
	 * deputies in the thousands).
	 */
	public static final Preset CITY = new Preset("city", 1, 1, 7, 10, 18, 6, 621, 6_400, 20_000, 6, 60);

	/**
	 * Guangdong's order (21 cities, about 120 county-level units, 1,600 towns, 26,000
	 * villages and communities) with one million cases.
	 */
	public static final Preset PROVINCE = new Preset("province", 1, 21, 6, 13, 16, 4, 9_000, 120_000, 1_000_000, 4,
			200);

	/**
	 * China's order: 31 provinces, about 330 prefecture-level cities, 2,800 county-level
	 * units, 38,600 towns, 600,000 villages and communities, 2.77 million five-level
	 * deputies, about 220,000 stations; with five million cases.
	 */
	public static final Preset NATIONAL = new Preset("national", 31, 11, 9, 14, 16, 4, 220_000, 2_770_000, 5_000_000, 4,
			2_000);

	public static Preset named(String name) {
		return switch (name.toLowerCase(java.util.Locale.ROOT)) {
			case "small" -> SMALL;
			case "city" -> CITY;
			case "province" -> PROVINCE;
			case "national" -> NATIONAL;
			default -> throw new IllegalArgumentException(
					"Unknown preset '" + name + "': use small, city, province or national");
		};
	}

	public Preset withCases(long cases) {
		return new Preset(this.name, this.provinces, this.citiesPerProvince, this.districtsPerCity,
				this.townsPerDistrict, this.villagesPerTown, this.smallGridsPerVillage, this.stations, this.deputies,
				cases, this.visitsPerDeputy, this.laws);
	}

	public long towns() {
		return (long) this.provinces * this.citiesPerProvince * this.districtsPerCity * this.townsPerDistrict;
	}

	public long villages() {
		return towns() * this.villagesPerTown;
	}

}
