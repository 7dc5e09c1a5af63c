package org.lingong.core.contracts;

/** The side a signature is given for: the worker (乙方) or the employer (甲方). */
enum SignerRole {
    WORKER, EMPLOYER
}
