package org.grassroots.graph.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.grassroots.graph.cases.CaseKind;
import org.grassroots.graph.cases.CaseStage;
import org.grassroots.graph.cases.CaseStatus;
import org.grassroots.graph.cases.OpinionOutcome;
import org.grassroots.graph.representative.CongressLevel;

/**
 * Where every generated record goes and what it says, computed from its position alone:
 * regions are numbered level by level, the first stations are the towns' centre stations,
 * each village has one large grid, each deputy lives in a village.
 */
final class GraphPlan {

	/** Share of deputies per level, after the national figures (2.77 million in all). */
	private static final double[] LEVEL_SHARES = { 0.001, 0.005, 0.043, 0.206, 0.745 };

	private static final CongressLevel[] LEVELS = CongressLevel.values();

	private static final String[] LEVEL_NAMES = { "省", "市", "区", "镇", "村" };

	private final Preset preset;

	private final long seed;

	private final long[] levelStarts;

	private final long[] levelSizes;

	GraphPlan(Preset preset, long seed) {
		this.preset = preset;
		this.seed = seed;
		long cities = (long) preset.provinces() * preset.citiesPerProvince();
		long districts = cities * preset.districtsPerCity();
		this.levelSizes = new long[] { preset.provinces(), cities, districts, preset.towns(), preset.villages() };
		this.levelStarts = new long[5];
		for (int level = 1; level < 5; level++) {
			this.levelStarts[level] = this.levelStarts[level - 1] + this.levelSizes[level - 1];
		}
	}

	long regionCount() {
		return this.levelStarts[4] + this.levelSizes[4];
	}

	long villageCount() {
		return this.levelSizes[4];
	}

	Map<String, Object> region(long index) {
		int level = levelOf(index);
		long position = index - this.levelStarts[level];
		SplittableRandom random = random(1, index);
		Map<String, Object> props = props("g-r" + index);
		props.put("name", Names.place(random) + LEVEL_NAMES[level] + (position + 1));
		props.put("level", new String[] { "PROVINCE", "CITY", "DISTRICT", "TOWN", "VILLAGE" }[level]);
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		row.put("parent", (level == 0) ? null : "g-r" + (this.levelStarts[level - 1] + position / childrenPer(level)));
		return row;
	}

	Map<String, Object> station(long index) {
		long towns = this.preset.towns();
		boolean centre = index < towns;
		long region = centre ? this.levelStarts[3] + index : villageRegion((index - towns) * 7919 % villageCount());
		Map<String, Object> props = props(stationId(index));
		props.put("name", "generated station " + (index + 1) + (centre ? " 中心联络站" : " 联络站"));
		props.put("kind", centre ? "CENTER" : ((index - towns) % 10 == 0) ? "LEGISLATIVE_CONTACT_POINT" : "VILLAGE");
		props.put("openedOn", LocalDate.of(2018, 1, 1).plusDays(random(2, index).nextInt(2500)));
		return Map.of("props", props, "region", "g-r" + region);
	}

	Map<String, Object> grids(long village) {
		List<Map<String, Object>> small = new ArrayList<>();
		for (int k = 1; k <= this.preset.smallGridsPerVillage(); k++) {
			small.add(Map.of("id", "g-gs" + village + "-" + k, "name", "小网格" + k));
		}
		return Map.of("id", largeGrid(village), "name", "大网格" + (village + 1), "village",
				"g-r" + villageRegion(village), "station", centreStation(townOf(village)), "small", small);
	}

	Map<String, Object> law(long index) {
		SplittableRandom random = random(3, index);
		boolean draft = index % 4 == 0;
		Map<String, Object> props = props("g-law" + index);
		props.put("title", (draft ? "示例条例（草案）" : "示例条例") + (index + 1));
		props.put("kind", draft ? "DRAFT" : (index % 4 == 1) ? "NATIONAL_LAW" : "LOCAL_REGULATION");
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		if (draft) {
			Map<String, Object> consultation = props("g-cons" + index);
			long submitted = 20 + random.nextInt(400);
			consultation.put("title", "示例条例（草案）" + (index + 1) + "意见征集");
			consultation.put("openedOn", GraphGenerator.day(random));
			consultation.put("opinionsSubmitted", submitted);
			consultation.put("opinionsAdopted", (long) (submitted * random.nextDouble() * 0.2));
			row.put("consultation", Map.of("station", legislativeContactPoint(index), "props", consultation));
		}
		return row;
	}

	Map<String, Object> deputy(long index) {
		SplittableRandom random = random(4, index);
		long village = villageOfDeputy(index);
		List<String> levels = levelsOf(index, random);
		Map<String, Object> props = props(deputyId(index));
		props.put("name", Names.person(random));
		props.put("levels", levels);
		props.put("profile", "generated deputy");
		boolean township = levels.contains(CongressLevel.TOWNSHIP.name());
		long electedFrom = township ? this.levelStarts[3] + townOf(village) : districtRegion(townOf(village));
		return Map.of("props", props, "station", centreStation(townOf(village)), "electedFrom", "g-r" + electedFrom,
				"grid", largeGrid(village), "since", LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500)));
	}

	Map<String, Object> visits(long deputy) {
		SplittableRandom random = random(5, deputy);
		long village = villageOfDeputy(deputy);
		List<Map<String, Object>> receptions = new ArrayList<>();
		List<Map<String, Object>> services = new ArrayList<>();
		for (int k = 0; k < this.preset.visitsPerDeputy(); k++) {
			Map<String, Object> visit = Map.of("id", "g-visit" + deputy + "-" + k, "on", GraphGenerator.day(random));
			(random.nextBoolean() ? receptions : services).add(visit);
		}
		return Map.of("deputy", deputyId(deputy), "station", centreStation(townOf(village)), "grid", largeGrid(village),
				"receptions", receptions, "services", services);
	}

	Map<String, Object> kase(long index) {
		SplittableRandom random = random(6, index);
		long deputy = random.nextLong(this.preset.deputies());
		long village = villageOfDeputy(deputy);
		CaseKind kind = kindOf(random);
		CaseStatus status = random.nextInt(10) < 7 ? CaseStatus.COMPLETED : CaseStatus.IN_PROGRESS;
		LocalDate raised = GraphGenerator.day(random);
		int households = 10 + random.nextInt(300);
		String[] text = Names.caseText(random, "村" + (village + 1), households);
		Map<String, Object> props = props("g-case" + index);
		props.put("title", text[0]);
		props.put("summary", text[1].substring(0, Math.min(40, text[1].length())));
		props.put("narrative", text[1]);
		props.put("kind", kind.name());
		props.put("status", status.name());
		props.put("place", "generated village " + (village + 1));
		props.put("raisedOn", raised);
		props.put("beneficiaries", households);
		props.put("fundingYuan", 10_000L * (1 + random.nextInt(60)));
		List<String> laws = List.of();
		if (kind == CaseKind.DRAFT_LAW_OPINION) {
			laws = List.of("g-law" + (random.nextInt(Math.max(1, this.preset.laws() / 4)) * 4));
			props.put("outcome", OpinionOutcome.values()[random.nextInt(3)].name());
		}
		List<Map<String, Object>> stages = stages(status, raised, random);
		if (status == CaseStatus.COMPLETED) {
			props.put("completedOn", stages.getLast().get("on"));
		}
		Map<String, Object> row = new HashMap<>();
		row.put("props", props);
		row.put("village", "g-r" + villageRegion(village));
		row.put("station", centreStation(townOf(village)));
		row.put("grid", largeGrid(village));
		row.put("deputies", List.of(deputyId(deputy)));
		row.put("stages", stages);
		row.put("laws", laws);
		return row;
	}

	private static List<Map<String, Object>> stages(CaseStatus status, LocalDate raised, SplittableRandom random) {
		int count = (status == CaseStatus.COMPLETED) ? 6 : 2 + random.nextInt(3);
		List<Map<String, Object>> stages = new ArrayList<>();
		LocalDate on = raised;
		for (int seq = 0; seq < count; seq++) {
			stages.add(Map.of("seq", seq + 1, "stage", CaseStage.values()[seq].name(), "on", on));
			on = on.plusDays(1 + random.nextInt(20));
		}
		return stages;
	}

	private static CaseKind kindOf(SplittableRandom random) {
		int draw = random.nextInt(100);
		if (draw < 45) {
			return CaseKind.MICRO_PROJECT;
		}
		if (draw < 75) {
			return CaseKind.DEPUTY_SUGGESTION;
		}
		if (draw < 85) {
			return CaseKind.DRAFT_LAW_OPINION;
		}
		return (draw < 95) ? CaseKind.VOTED_LIVELIHOOD_PROJECT : CaseKind.SUPERVISION;
	}

	private List<String> levelsOf(long index, SplittableRandom random) {
		double draw = random.nextDouble();
		int level = 0;
		for (double cumulative = LEVEL_SHARES[0]; draw > cumulative && level < LEVELS.length - 1;) {
			level++;
			cumulative += LEVEL_SHARES[level];
		}
		List<String> levels = new ArrayList<>(List.of(LEVELS[level].name()));
		// Some deputies also sit in the congress one level down
		if (level < LEVELS.length - 1 && random.nextInt(20) == 0) {
			levels.add(LEVELS[level + 1].name());
		}
		return levels;
	}

	/** Every tenth village station is a legislative contact point. */
	private String legislativeContactPoint(long law) {
		long towns = this.preset.towns();
		long contactPoints = (this.preset.stations() - towns + 9) / 10;
		return (contactPoints == 0) ? centreStation(0) : stationId(towns + (law % contactPoints) * 10);
	}

	private int levelOf(long index) {
		int level = 4;
		while (index < this.levelStarts[level]) {
			level--;
		}
		return level;
	}

	private long childrenPer(int level) {
		return switch (level) {
			case 1 -> this.preset.citiesPerProvince();
			case 2 -> this.preset.districtsPerCity();
			case 3 -> this.preset.townsPerDistrict();
			default -> this.preset.villagesPerTown();
		};
	}

	private long villageOfDeputy(long deputy) {
		return Math.floorMod(deputy * 2_654_435_761L, villageCount());
	}

	private long townOf(long village) {
		return village / this.preset.villagesPerTown();
	}

	private long villageRegion(long village) {
		return this.levelStarts[4] + village;
	}

	private long districtRegion(long town) {
		return this.levelStarts[2] + town / this.preset.townsPerDistrict();
	}

	private static String stationId(long index) {
		return "g-s" + index;
	}

	private static String centreStation(long town) {
		return stationId(town);
	}

	private static String largeGrid(long village) {
		return "g-gl" + village;
	}

	private static String deputyId(long index) {
		return "g-rep" + index;
	}

	private Map<String, Object> props(String id) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", id);
		props.put("synthetic", true);
		props.put("source", "generator");
		return props;
	}

	private SplittableRandom random(int stream, long index) {
		return new SplittableRandom(this.seed * 1_000_003L + stream * 0x9E3779B97F4A7C15L + index);
	}

}
