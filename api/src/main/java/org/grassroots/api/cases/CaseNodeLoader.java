package org.grassroots.api.cases;

import java.util.Optional;

import org.grassroots.api.node.NodeLoader;
import org.grassroots.graph.cases.Cases;

import org.springframework.stereotype.Component;

@Component
class CaseNodeLoader implements NodeLoader {

	private final Cases cases;

	CaseNodeLoader(Cases cases) {
		this.cases = cases;
	}

	@Override
	public String type() {
		return CaseController.CURSOR_TYPE;
	}

	@Override
	public Optional<Object> load(String key) {
		return this.cases.findById(key).map(Object.class::cast);
	}

}
