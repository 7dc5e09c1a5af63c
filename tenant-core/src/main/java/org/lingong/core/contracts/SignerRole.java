package org.lingong.core.contracts;

/** The side a signature is given for: the worker (乙方) or the employer (甲方). */
public enum SignerRole {
    WORKER, EMPLOYER
}
