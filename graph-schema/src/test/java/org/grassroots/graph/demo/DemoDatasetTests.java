package org.grassroots.graph.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoDatasetTests {

	@Test
	void theCuratedFilesReferOnlyToRecordsTheyDefine() {
		assertThatNoException().isThrownBy(() -> DemoDataset.read().validate());
	}

	@Test
	void anUnknownReferenceAndAnUnknownKindAreReportedTogether() {
		Map<String, List<Map<String, Object>>> files = new LinkedHashMap<>();
		files.put("regions.json", List.of(Map.of("id", "jm", "name", "江门市", "level", "CITY", "source", "seeds/x")));
		files.put("stations.json",
				List.of(Map.of("id", "st", "name", "站", "kind", "PALACE", "region", "nowhere", "source", "seeds/x")));
		files.put("grids.json", List.of());
		files.put("representatives.json", List.of());
		files.put("laws.json", List.of());
		files.put("consultations.json", List.of());
		files.put("agencies.json", List.of());
		files.put("cases.json", List.of());

		assertThatIllegalStateException().isThrownBy(() -> new DemoDataset(files).validate())
			.withMessageContaining("st.region: unknown 'nowhere'")
			.withMessageContaining("st.kind: 'PALACE' is not a StationKind");
	}

}
