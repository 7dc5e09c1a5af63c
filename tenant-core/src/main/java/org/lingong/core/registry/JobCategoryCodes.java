package org.lingong.core.registry;

import java.util.List;
import org.lingong.common.tenant.TenantCode;

/**
 * A city's active job category codes, as the registry feed carries them to search (like its province and speeds), so
 * search never asks tenant-core for them on a request's path. The jobs feature, which owns the categories, answers.
 */
public interface JobCategoryCodes {

    /** The city's active category codes, sorted. */
    List<String> activeCodes(TenantCode city);
}
