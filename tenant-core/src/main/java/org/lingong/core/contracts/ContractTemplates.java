package org.lingong.core.contracts;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.lingong.core.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The city's contract template: the newest version is the one new contracts are made from. */
@Service
class ContractTemplates {

    private final ContractTemplateRepository repository;
    private final AuditLog audit;

    ContractTemplates(ContractTemplateRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** The newest version; V60 installs the standard text as version 1, so there always is one. */
    @Transactional(readOnly = true)
    ContractTemplate current() {
        return repository.findFirstByOrderByVersionDesc()
                .orElseThrow(() -> new IllegalStateException("the tenant schema has no contract template"));
    }

    @Transactional(readOnly = true)
    ContractTemplate version(int version) {
        return repository.findById(version)
                .orElseThrow(() -> new IllegalStateException("contract template version " + version + " is missing"));
    }

    /**
     * Saves a new version; contracts already made keep the version they name. Two administrators saving at once race
     * for the same number: the loser gets the database's uniqueness refusal, a 409.
     */
    @Transactional
    ContractTemplate replace(String title, String body, String administrator) {
        Set<String> unknown = TemplateText.unknownKeys(title + "\n" + body);
        if (!unknown.isEmpty()) {
            throw new ProblemException(ProblemType.CONTRACT_TEMPLATE_PLACEHOLDER, String.join("、", unknown),
                    Arrays.stream(Placeholder.values()).map(Placeholder::key).collect(Collectors.joining(", ")));
        }
        ContractTemplate next = new ContractTemplate(current().getVersion() + 1, title, body, administrator);
        repository.saveAndFlush(next);
        audit.record("contract-template.update", "contract-template:" + next.getVersion(), null);
        return next;
    }
}
