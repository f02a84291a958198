package org.grassroots.api.station;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.grassroots.api.error.InvalidInputException;
import org.grassroots.api.paging.PageSize;
import org.grassroots.application.deputies.DeputyCatalog;
import org.grassroots.graph.representative.DutyCompliances.DeputyCompliance;
import org.grassroots.graph.representative.DutyCompliances.GroupCompliance;
import org.grassroots.graph.representative.DutyRule;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ComplianceController {

	private final DeputyCatalog compliances;

	ComplianceController(DeputyCatalog compliances) {
		this.compliances = compliances;
	}

	@QueryMapping
	GroupCompliance dutyCompliance(@Argument @Nullable String stationKey, @Argument @Nullable String regionKey,
			@Argument @Nullable String representativeKey, @Argument LocalDate from, @Argument LocalDate to) {
		if (Stream.of(stationKey, regionKey, representativeKey).filter((key) -> key != null).count() != 1) {
			throw new InvalidInputException("Give exactly one of stationKey, regionKey, representativeKey");
		}
		try {
			DutyRule.checkPeriod(from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(ex.getMessage() + " (from " + from + ", to " + to + ")");
		}
		if (stationKey != null) {
			return this.compliances.complianceOfStation(stationKey, from, to);
		}
		if (regionKey != null) {
			return this.compliances.complianceOfRegion(regionKey, from, to);
		}
		return new GroupCompliance(
				this.compliances.complianceOfDeputy(String.valueOf(representativeKey), from, to).stream().toList());
	}

	@SchemaMapping(typeName = "GroupCompliance")
	int deputies(GroupCompliance group) {
		return group.deputies().size();
	}

	@SchemaMapping(typeName = "GroupCompliance")
	List<DeputyCompliance> details(GroupCompliance group, @Argument @Nullable Integer first) {
		int size = PageSize.checked((first != null) ? first : PageSize.MAX);
		return group.deputies().subList(0, Math.min(size, group.deputies().size()));
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	String representativeKey(DeputyCompliance deputy) {
		return deputy.representativeId();
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	int intervalMonths(DeputyCompliance deputy) {
		return deputy.compliance().intervalMonths();
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	int windows(DeputyCompliance deputy) {
		return deputy.compliance().windows();
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	int windowsWithVisit(DeputyCompliance deputy) {
		return deputy.compliance().windowsWithVisit();
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	boolean compliant(DeputyCompliance deputy) {
		return deputy.compliance().compliant();
	}

	@SchemaMapping(typeName = "DeputyCompliance")
	List<DutyRule.Window> missed(DeputyCompliance deputy) {
		return deputy.compliance().missed();
	}

}
