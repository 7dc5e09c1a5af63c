{{/* lingong.name: the chart name, or nameOverride. */}}
{{- define "lingong.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* lingong.fullname: resource name prefix; the release name alone when it already contains the chart name. */}}
{{- define "lingong.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "lingong.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* lingong.componentName: name of one service's resources; call with (dict "root" $ "name" "gateway"). */}}
{{- define "lingong.componentName" -}}
{{- printf "%s-%s" (include "lingong.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* lingong.labels: standard labels on every resource. */}}
{{- define "lingong.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "lingong.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: lingong
{{- end -}}

{{/* lingong.selectorLabels: labels that select the release's pods. */}}
{{- define "lingong.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lingong.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* lingong.image: full image reference of one service; call with (dict "root" $ "svc" $svc). */}}
{{- define "lingong.image" -}}
{{- $registry := .root.Values.image.registry -}}
{{- $tag := .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if $registry -}}
{{- printf "%s/%s:%s" $registry .svc.image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .svc.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* lingong.serviceUrl: in-cluster URL of one service; call with (dict "root" $ "name" "search"). */}}
{{- define "lingong.serviceUrl" -}}
{{- $svc := index .root.Values.services .name -}}
{{- printf "http://%s:%v" (include "lingong.componentName" .) $svc.port -}}
{{- end -}}

{{/* lingong.keycloakUrl: Keycloak base URL, derived from the issuer URI unless set. */}}
{{- define "lingong.keycloakUrl" -}}
{{- .Values.keycloak.url | default (regexReplaceAll "/realms/.*$" .Values.keycloak.issuerUri "") -}}
{{- end -}}

{{/* lingong.postgresql.secretName: Secret holding the database password (tenant-core's own unless an existing one). */}}
{{- define "lingong.postgresql.secretName" -}}
{{- .Values.postgresql.existingSecret | default (include "lingong.componentName" (dict "root" . "name" "tenant-core")) -}}
{{- end -}}

{{/* lingong.pii.secretName: Secret holding the personal-data key ring and blind-index key (tenant-core's own unless an existing one). */}}
{{- define "lingong.pii.secretName" -}}
{{- .Values.pii.existingSecret | default (include "lingong.componentName" (dict "root" . "name" "tenant-core")) -}}
{{- end -}}

{{/* lingong.contracts.secretName: Secret holding the contract chain keys. */}}
{{- define "lingong.contracts.secretName" -}}
{{- .Values.contracts.existingSecret | default (include "lingong.componentName" (dict "root" . "name" "tenant-core")) -}}
{{- end -}}

{{/* lingong.sms.secretName: Secret holding the SMS providers' credentials. */}}
{{- define "lingong.sms.secretName" -}}
{{- .Values.sms.existingSecret | default (include "lingong.componentName" (dict "root" . "name" "tenant-core")) -}}
{{- end -}}

{{/* lingong.realName.secretName: Secret holding the real-name service's AccessKey. */}}
{{- define "lingong.realName.secretName" -}}
{{- .Values.realName.existingSecret | default (include "lingong.componentName" (dict "root" . "name" "tenant-core")) -}}
{{- end -}}

{{/* lingong.clientSecretName: Secret holding one service's Keycloak client secret; call with (dict "root" $ "name" "gateway"). */}}
{{- define "lingong.clientSecretName" -}}
{{- (index .root.Values.keycloak.clients .name).existingSecret | default (include "lingong.componentName" .) -}}
{{- end -}}

{{/* lingong.secretData: what the chart's Secret of one service holds — only what that service uses and no existing Secret holds; call with (dict "root" $ "name" "gateway"). */}}
{{- define "lingong.secretData" -}}
{{- $root := .root -}}
{{- $client := index $root.Values.keycloak.clients .name -}}
{{- if and $client (not $client.existingSecret) }}
{{ $client.existingSecretKey }}: {{ $client.secret | b64enc | quote }}
{{- end }}
{{- if eq .name "tenant-core" }}
{{- if not $root.Values.postgresql.existingSecret }}
{{ $root.Values.postgresql.existingSecretPasswordKey }}: {{ $root.Values.postgresql.password | b64enc | quote }}
{{- end }}
{{- if not $root.Values.pii.existingSecret }}
{{ $root.Values.pii.existingSecretKey }}: {{ $root.Values.pii.keys | b64enc | quote }}
{{ $root.Values.pii.existingSecretIndexKey }}: {{ $root.Values.pii.indexKey | b64enc | quote }}
{{- end }}
{{- if not $root.Values.contracts.existingSecret }}
{{ $root.Values.contracts.existingSecretKey }}: {{ $root.Values.contracts.chainKeys | b64enc | quote }}
{{- end }}
{{- if not $root.Values.realName.existingSecret }}
{{ $root.Values.realName.existingSecretIdKey }}: {{ $root.Values.realName.accessKeyId | b64enc | quote }}
{{ $root.Values.realName.existingSecretKey }}: {{ $root.Values.realName.accessKeySecret | b64enc | quote }}
{{- end }}
{{- if not $root.Values.sms.existingSecret }}
{{- with $root.Values.sms.aliyun.accessKeyId }}
{{ $root.Values.sms.existingSecretAliyunIdKey }}: {{ . | b64enc | quote }}
{{ $root.Values.sms.existingSecretAliyunKey }}: {{ $root.Values.sms.aliyun.accessKeySecret | b64enc | quote }}
{{- end }}
{{- with $root.Values.sms.tencent.secretId }}
{{ $root.Values.sms.existingSecretTencentIdKey }}: {{ . | b64enc | quote }}
{{ $root.Values.sms.existingSecretTencentKey }}: {{ $root.Values.sms.tencent.secretKey | b64enc | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- end -}}

{{/* lingong.env: the environment of one service's container — its client and secrets, nothing of another's; call with (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "lingong.env" -}}
{{- $root := .root -}}
- name: SERVER_PORT
  value: {{ .svc.port | quote }}
- name: MANAGEMENT_SERVER_PORT
  value: {{ .svc.managementPort | quote }}
{{- with index $root.Values.keycloak.clients .name }}
- name: LINGONG_SERVICES_CLIENT_ID
  value: {{ .id | quote }}
- name: LINGONG_SERVICES_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.clientSecretName" (dict "root" $root "name" $.name) }}
      key: {{ .existingSecretKey }}
{{- end }}
{{- if eq .name "tenant-core" }}
- name: LINGONG_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.postgresql.secretName" $root }}
      key: {{ $root.Values.postgresql.existingSecretPasswordKey }}
- name: LINGONG_PII_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.pii.secretName" $root }}
      key: {{ $root.Values.pii.existingSecretKey }}
- name: LINGONG_PII_INDEX_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.pii.secretName" $root }}
      key: {{ $root.Values.pii.existingSecretIndexKey }}
- name: LINGONG_CONTRACT_CHAIN_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.contracts.secretName" $root }}
      key: {{ $root.Values.contracts.existingSecretKey }}
- name: LINGONG_EXPORTS_DIR
  value: {{ $root.Values.exports.dir | quote }}
- name: LINGONG_REAL_NAME_PROVIDER
  value: {{ $root.Values.realName.provider | quote }}
- name: LINGONG_REAL_NAME_ENDPOINT
  value: {{ $root.Values.realName.endpoint | quote }}
- name: LINGONG_REAL_NAME_TIMEOUT
  value: {{ $root.Values.realName.timeout | quote }}
- name: LINGONG_REAL_NAME_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.realName.secretName" $root }}
      key: {{ $root.Values.realName.existingSecretIdKey }}
- name: LINGONG_REAL_NAME_ACCESS_KEY_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.realName.secretName" $root }}
      key: {{ $root.Values.realName.existingSecretKey }}
- name: LINGONG_SMS_PROVIDER
  value: {{ $root.Values.sms.provider | quote }}
- name: LINGONG_SMS_SIGN_NAME
  value: {{ $root.Values.sms.signName | quote }}
- name: LINGONG_SMS_TEMPLATE_ID
  value: {{ $root.Values.sms.templateId | quote }}
- name: LINGONG_SMS_TIMEOUT
  value: {{ $root.Values.sms.timeout | quote }}
- name: LINGONG_SMS_CODES_PER_PHONE_PER_HOUR
  value: {{ $root.Values.sms.codesPerPhonePerHour | quote }}
- name: LINGONG_SMS_ALIYUN_ENDPOINT
  value: {{ $root.Values.sms.aliyun.endpoint | quote }}
- name: LINGONG_SMS_TENCENT_ENDPOINT
  value: {{ $root.Values.sms.tencent.endpoint | quote }}
- name: LINGONG_SMS_TENCENT_REGION
  value: {{ $root.Values.sms.tencent.region | quote }}
- name: LINGONG_SMS_TENCENT_SDK_APP_ID
  value: {{ $root.Values.sms.tencent.sdkAppId | quote }}
{{- /* A provider's credentials may be absent (no city uses it): optional, and its sender then does not exist. */}}
{{- range $variable, $key := dict "LINGONG_SMS_ALIYUN_ACCESS_KEY_ID" $root.Values.sms.existingSecretAliyunIdKey "LINGONG_SMS_ALIYUN_ACCESS_KEY_SECRET" $root.Values.sms.existingSecretAliyunKey "LINGONG_SMS_TENCENT_SECRET_ID" $root.Values.sms.existingSecretTencentIdKey "LINGONG_SMS_TENCENT_SECRET_KEY" $root.Values.sms.existingSecretTencentKey }}
- name: {{ $variable }}
  valueFrom:
    secretKeyRef:
      name: {{ include "lingong.sms.secretName" $root }}
      key: {{ $key }}
      optional: true
{{- end }}
{{- end }}
{{- with .svc.trustedProxies }}
# Only these addresses may set X-Forwarded-* headers (the ingress controller's pods).
- name: LINGONG_TRUSTED_PROXIES
  value: {{ . | quote }}
{{- end }}
{{- with .svc.extraEnvVars }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* lingong.probe: one HTTP probe from the shared settings merged with a service's overrides, or nothing when disabled. */}}
{{- define "lingong.probe" -}}
{{- $probe := mergeOverwrite (deepCopy .defaults) (.overrides | default dict) -}}
{{- if $probe.enabled -}}
httpGet:
  path: {{ .path }}
  port: management
{{- toYaml (omit $probe "enabled") | nindent 0 }}
{{- end -}}
{{- end -}}

{{/* lingong.validateValues: fails once with every problem in the values, so an operator fixes them in one go. */}}
{{- define "lingong.validateValues" -}}
{{- $messages := list -}}
{{- if not .Values.platformDomain -}}
{{- $messages = append $messages "platformDomain: set the platform domain, e.g. --set platformDomain=lingong.example.cn" -}}
{{- end -}}
{{- if not .Values.postgresql.url -}}
{{- $messages = append $messages "postgresql.url: set the JDBC URL of the external PostgreSQL, e.g. jdbc:postgresql://pg.example.cn:5432/lingong" -}}
{{- else if not (hasPrefix "jdbc:postgresql://" .Values.postgresql.url) -}}
{{- $messages = append $messages (printf "postgresql.url: %q is not a JDBC URL starting with jdbc:postgresql://" .Values.postgresql.url) -}}
{{- end -}}
{{- if not .Values.postgresql.username -}}
{{- $messages = append $messages "postgresql.username: set the database user" -}}
{{- end -}}
{{- if not (or .Values.postgresql.password .Values.postgresql.existingSecret) -}}
{{- $messages = append $messages "postgresql.password: set the database password or postgresql.existingSecret" -}}
{{- end -}}
{{- if not .Values.elasticsearch.url -}}
{{- $messages = append $messages "elasticsearch.url: set the URL of the external Elasticsearch, e.g. http://es.example.cn:9200" -}}
{{- end -}}
{{- if not .Values.keycloak.issuerUri -}}
{{- $messages = append $messages "keycloak.issuerUri: set the issuer URI of the platform realm, e.g. https://auth.example.cn/realms/lingong" -}}
{{- end -}}
{{- if not (or .Values.pii.keys .Values.pii.existingSecret) -}}
{{- $messages = append $messages "pii.keys: set the personal-data keys (id:base64 of 32 random bytes) or pii.existingSecret" -}}
{{- else if .Values.pii.keys -}}
{{- range $pair := splitList "," .Values.pii.keys -}}
{{- $key := regexReplaceAll "^[^:]*:" (trim $pair) "" -}}
{{- if not (and (regexMatch "^[A-Za-z0-9._-]{1,32}:[A-Za-z0-9+/=]+$" (trim $pair)) (eq (len (b64dec $key)) 32)) -}}
{{- $messages = append $messages "pii.keys: each key must be id:base64 of exactly 32 bytes, the id 1-32 of A-Z a-z 0-9 . _ -" -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if not (or .Values.pii.indexKey .Values.pii.existingSecret) -}}
{{- $messages = append $messages "pii.indexKey: set the blind-index key (base64 of 32 random bytes) or pii.existingSecret" -}}
{{- else if and .Values.pii.indexKey (ne (len (b64dec .Values.pii.indexKey)) 32) -}}
{{- $messages = append $messages "pii.indexKey: must be base64 of exactly 32 bytes" -}}
{{- end -}}
{{- if not .Values.exports.existingClaim -}}
{{- $messages = append $messages "exports.existingClaim: name a PersistentVolumeClaim (ReadWriteMany) for offboarding exports" -}}
{{- end -}}
{{- if not (or .Values.contracts.chainKeys .Values.contracts.existingSecret) -}}
{{- $messages = append $messages "contracts.chainKeys: set the contract chain keys (id:base64 of at least 32 random bytes) or contracts.existingSecret" -}}
{{- else if .Values.contracts.chainKeys -}}
{{- range $pair := splitList "," .Values.contracts.chainKeys -}}
{{- $key := regexReplaceAll "^[^:]*:" (trim $pair) "" -}}
{{- if not (and (regexMatch "^[A-Za-z0-9._-]{1,32}:[A-Za-z0-9+/=]+$" (trim $pair)) (ge (len (b64dec $key)) 32)) -}}
{{- $messages = append $messages "contracts.chainKeys: each key must be id:base64 of at least 32 bytes, the id 1-32 of A-Z a-z 0-9 . _ -" -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- if ne .Values.realName.provider "aliyun" -}}
{{- $messages = append $messages "realName.provider: aliyun is the real-name service this chart can run with (the development check is refused in production)" -}}
{{- end -}}
{{- if not (or (and .Values.realName.accessKeyId .Values.realName.accessKeySecret) .Values.realName.existingSecret) -}}
{{- $messages = append $messages "realName.accessKeyId, realName.accessKeySecret: set the real-name service's AccessKey or realName.existingSecret" -}}
{{- end -}}
{{- if not (has .Values.sms.provider (list "aliyun" "tencent")) -}}
{{- $messages = append $messages "sms.provider: aliyun or tencent (the development sender is refused in production)" -}}
{{- else if not (or .Values.sms.existingSecret (and (eq .Values.sms.provider "aliyun") .Values.sms.aliyun.accessKeyId .Values.sms.aliyun.accessKeySecret) (and (eq .Values.sms.provider "tencent") .Values.sms.tencent.secretId .Values.sms.tencent.secretKey)) -}}
{{- $messages = append $messages (printf "sms.%s: set the credentials of the default SMS provider or sms.existingSecret" .Values.sms.provider) -}}
{{- end -}}
{{- if and .Values.sms.aliyun.accessKeyId (not .Values.sms.aliyun.accessKeySecret) -}}
{{- $messages = append $messages "sms.aliyun.accessKeySecret: set it with sms.aliyun.accessKeyId" -}}
{{- end -}}
{{- if and .Values.sms.tencent.secretId (not .Values.sms.tencent.secretKey) -}}
{{- $messages = append $messages "sms.tencent.secretKey: set it with sms.tencent.secretId" -}}
{{- end -}}
{{- range $name, $client := .Values.keycloak.clients -}}
{{- if not (or $client.secret $client.existingSecret) -}}
{{- $messages = append $messages (printf "keycloak.clients.%s.secret: set the %s client secret or keycloak.clients.%s.existingSecret" $name $name $name) -}}
{{- else if and $client.secret (hasSuffix "-dev-secret" $client.secret) -}}
{{- $messages = append $messages (printf "keycloak.clients.%s.secret: the development secret is public; set a random one" $name) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.ingress.enabled .Values.ingress.tls.enabled (not .Values.ingress.tls.secretName) -}}
{{- $messages = append $messages "ingress.tls.secretName: name the TLS Secret for the platform domain and its wildcard" -}}
{{- end -}}
{{- range $name := list "gateway" "tenant-core" "search" "admin-ui" -}}
{{- if not (hasKey $.Values.services $name) -}}
{{- $messages = append $messages (printf "services.%s: the service is missing; every Lingong service must be deployed" $name) -}}
{{- end -}}
{{- end -}}
{{- range $name, $svc := .Values.services -}}
{{- if and $svc.autoscaling.enabled (gt (int $svc.autoscaling.minReplicas) (int $svc.autoscaling.maxReplicas)) -}}
{{- $messages = append $messages (printf "services.%s.autoscaling: minReplicas (%v) is above maxReplicas (%v)" $name $svc.autoscaling.minReplicas $svc.autoscaling.maxReplicas) -}}
{{- end -}}
{{- end -}}
{{- if $messages -}}
{{- printf "\nVALUES VALIDATION:\n%s" (join "\n" $messages) | fail -}}
{{- end -}}
{{- end -}}
