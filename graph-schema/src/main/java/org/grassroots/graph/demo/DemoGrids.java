package org.grassroots.graph.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grid series: where the seeds give only counts (e.g. 51 large and 360 small grids), the
 * data file says so once and the grids are numbered here, marked synthetic.
 */
final class DemoGrids {

	private DemoGrids() {
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> expand(List<Map<String, Object>> grids) {
		List<Map<String, Object>> expanded = new ArrayList<>();
		for (Map<String, Object> grid : grids) {
			Object series = grid.get("series");
			if (series instanceof Map<?, ?> spec) {
				expanded.addAll(series(grid, (Map<String, Object>) spec));
			}
			else {
				expanded.add(grid);
			}
		}
		return expanded;
	}

	private static List<Map<String, Object>> series(Map<String, Object> template, Map<String, Object> spec) {
		String prefix = (String) spec.get("prefix");
		int large = ((Number) spec.get("count")).intValue();
		int small = ((Number) spec.getOrDefault("smallCount", 0)).intValue();
		List<Map<String, Object>> grids = new ArrayList<>();
		for (int i = 1; i <= large; i++) {
			grids.add(grid(template, template.get("id") + "-" + i, prefix + i, "LARGE", null));
		}
		for (int i = 1; i <= small; i++) {
			// Small grids spread evenly over the large ones
			int parent = (i - 1) % large + 1;
			grids.add(grid(template, template.get("id") + "-" + parent + "-" + i, prefix + parent + "小网格" + i, "SMALL",
					template.get("id") + "-" + parent));
		}
		return grids;
	}

	private static Map<String, Object> grid(Map<String, Object> template, String id, String name, String size,
			Object parent) {
		Map<String, Object> grid = new LinkedHashMap<>(template);
		grid.remove("series");
		grid.put("id", id);
		grid.put("name", name);
		grid.put("size", size);
		if (parent != null) {
			grid.put("parent", parent);
		}
		grid.put("synthetic", true);
		return grid;
	}

}
