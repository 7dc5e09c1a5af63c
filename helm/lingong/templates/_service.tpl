{{/* lingong.service: Deployment, Service and HorizontalPodAutoscaler of one service; call with (dict "root" $ "name" $name "svc" $svc). */}}
{{- define "lingong.service" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
{{- $fullName := include "lingong.componentName" . -}}
{{- $liveness := include "lingong.probe" (dict "defaults" $root.Values.livenessProbe "overrides" $svc.livenessProbe "path" "/actuator/health/liveness") -}}
{{- $readiness := include "lingong.probe" (dict "defaults" $root.Values.readinessProbe "overrides" $svc.readinessProbe "path" "/actuator/health/readiness") -}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullName }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "lingong.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}
spec:
  {{- if not $svc.autoscaling.enabled }}
  replicas: {{ $svc.replicaCount }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "lingong.selectorLabels" $root | nindent 6 }}
      app.kubernetes.io/component: {{ .name }}
  template:
    metadata:
      labels:
        {{- include "lingong.labels" $root | nindent 8 }}
        app.kubernetes.io/component: {{ .name }}
      annotations:
        {{- /* Prometheus scrapes the management port, which no Service or Ingress exposes. */}}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ $svc.managementPort | quote }}
        prometheus.io/path: /actuator/prometheus
        {{- /* A change to the shared settings rolls every service's pods; a change to a service's secrets, its own. */}}
        checksum/config: {{ print (include (print $root.Template.BasePath "/configmap.yaml") $root) (include "lingong.secretData" .) | sha256sum }}
    spec:
      automountServiceAccountToken: false
      {{- with $root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "lingong.image" . | quote }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          securityContext:
            {{- toYaml $root.Values.containerSecurityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $svc.port }}
              protocol: TCP
            # Actuator (probes, Prometheus) only: reachable inside the cluster by pod address, in no Service.
            - name: management
              containerPort: {{ $svc.managementPort }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "lingong.fullname" $root }}
          {{- /* No profile is production: the services refuse the development secrets (only "dev" accepts them). */}}
          {{- with include "lingong.env" . }}
          env:
            {{- . | nindent 12 }}
          {{- end }}
          {{- with $liveness }}
          livenessProbe:
            {{- . | nindent 12 }}
          {{- end }}
          {{- with $readiness }}
          readinessProbe:
            {{- . | nindent 12 }}
          {{- end }}
          {{- with $svc.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if eq .name "tenant-core" }}
            - name: exports
              mountPath: {{ $root.Values.exports.dir }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {}
        {{- if eq .name "tenant-core" }}
        # Offboarding exports outlive pods: a city's data is dropped only once its export is on this volume.
        - name: exports
          persistentVolumeClaim:
            claimName: {{ $root.Values.exports.existingClaim }}
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullName }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "lingong.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}
spec:
  type: ClusterIP
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
  selector:
    {{- include "lingong.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}
{{- if $svc.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullName }}
  namespace: {{ $root.Release.Namespace | quote }}
  labels:
    {{- include "lingong.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullName }}
  minReplicas: {{ $svc.autoscaling.minReplicas }}
  maxReplicas: {{ $svc.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $svc.autoscaling.targetCPUUtilizationPercentage }}
{{- end }}
{{- end -}}
