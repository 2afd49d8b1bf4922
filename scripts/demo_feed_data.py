"""The demo venue's data for make_demo_feed.py: its buildings and rooms, the
titles, tracks and slot grid modelled on the OpenStack Summit Barcelona 2016,
and the two helpers the tables are written with (at, text)."""
from datetime import datetime, timedelta, timezone

OFFSET = timezone(timedelta(hours=2))  # CEST; the 2016 DST change came on 30 October
TUE, WED, THU, FRI = 25, 26, 27, 28
DAYS = (TUE, WED, THU, FRI)
KINDS = {"keynote", "talk", "lab", "workshop", "sig", "break", "social", "expo"}


def at(day, hhmm):
    return datetime(2016, 10, day, int(hhmm[:2]), int(hhmm[3:]), tzinfo=OFFSET)


def text(en, ko):
    return {"ko": ko, "en": en}


# ---------------------------------------------------------------- the venue
# (id, floor, capacity, English name, Korean name), per building in display order.
BUILDINGS = [
    ("ccib", text("CCIB – Centre de Convencions Internacional de Barcelona",
                  "CCIB 바르셀로나 국제 컨벤션 센터"), ["P0", "P1", "P2"], [
        ("ccib-p0-marketplace", "P0", 4000, "Marketplace (Hall A)", "마켓플레이스 (A홀)"),
        ("ccib-p0-marketplace-theater", "P0", 150, "Marketplace Theater", "마켓플레이스 시어터"),
        ("ccib-p0-hall-c", "P0", 2500, "Hall C (catering)", "C홀 (식사·휴식)"),
        ("ccib-p1-room-111", "P1", 600, "Room 111", "111호"),
        ("ccib-p1-room-112", "P1", 500, "Room 112", "112호"),
        ("ccib-p1-room-113", "P1", 300, "Room 113", "113호"),
        ("ccib-p1-room-114", "P1", 250, "Room 114", "114호"),
        ("ccib-p1-room-115", "P1", 200, "Room 115", "115호"),
        ("ccib-p1-room-116", "P1", 200, "Room 116", "116호"),
        ("ccib-p1-room-117", "P1", 150, "Room 117", "117호"),
        ("ccib-p1-room-118", "P1", 150, "Room 118", "118호"),
        ("ccib-p1-room-131", "P1", 30, "Room 131 (SIG room)", "131호 (SIG 회의실)"),
        ("ccib-p2-room-211", "P2", 80, "Room 211 – Hands-on Lab A", "211호 실습실 A"),
        ("ccib-p2-room-212", "P2", 80, "Room 212 – Hands-on Lab B", "212호 실습실 B"),
        ("ccib-p2-room-213", "P2", 120, "Room 213 – Workshop", "213호 워크숍실"),
        ("ccib-p2-room-214", "P2", 120, "Room 214 – Workshop", "214호 워크숍실"),
        ("ccib-p2-room-215", "P2", 100, "Room 215 – Upstream Institute", "215호 (Upstream Institute)"),
        ("ccib-p2-room-221", "P2", 60, "Room 221 – Community Lounge", "221호 커뮤니티 라운지"),
    ]),
    ("auditorium", text("Auditori Fòrum", "포룸 오디토리움"), ["0", "1"], [
        ("auditorium-main-hall", "0", 3140, "Main Hall", "메인 홀"),
        ("auditorium-foyer", "0", 1500, "Foyer", "로비"),
        ("auditorium-hall-2", "1", 500, "Hall 2", "2홀"),
    ]),
    ("hotel", text("Diagonal Mar Hotel (conference floors)", "디아고날 마르 호텔 (컨퍼런스 층)"),
     ["B1", "0", "1"], [
        ("hotel-0-diagonal", "0", 250, "Salón Diagonal", "디아고날 홀"),
        ("hotel-0-mar", "0", 120, "Salón Mar", "마르 홀"),
        ("hotel-1-montjuic", "1", 60, "Montjuïc", "몬주익 룸"),
        ("hotel-1-tibidabo", "1", 60, "Tibidabo", "티비다보 룸"),
        ("hotel-1-collserola", "1", 40, "Collserola", "콜세롤라 룸"),
        ("hotel-b1-gaudi", "B1", 150, "Sala Gaudí", "가우디 룸"),
        ("hotel-b1-miro", "B1", 80, "Sala Miró", "미로 룸"),
    ]),
]

# ---------------------------------------------------------------- people (invented)
SPEAKERS = [
    "Marta Puig", "Jordi Vidal", "Laura Ferrer", "Pau Serra", "Núria Soler", "Carlos Navarro",
    "Elena Ruiz", "Sven Hoffmann", "Anja Becker", "Lukas Meyer", "Claire Dubois", "Julien Moreau",
    "Giulia Romano", "Marco Bianchi", "Priya Raman", "Arjun Mehta", "Wei Zhang", "Li Na",
    "Yuki Tanaka", "Haruto Sato", "Emily Carter", "James O'Neill", "Sarah Collins", "Olga Ivanova",
    "Mikael Lindqvist", "Fatima Haddad", "Tomás Oliveira", "Ana Costa", "Ravi Kumar",
    "Ingrid Nilsen", "Ben Adler", "Hannah Wright", "Mateo García", "Chen Jing", "Kenji Watanabe",
    "Jiwoo Park", "Seung-hoon Lee", "김민준", "이서연", "박지훈", "최유진", "정하늘", "강도윤",
    "윤서아", "조현우", "한지민", "임재성",
]
KOREAN_SPEAKERS = ["김민준", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "윤서아"]

# ---------------------------------------------------------------- programme tables
# Breakout talks, consumed in order by the talk slots of TALK_ROOMS. (English, Korean, track).
LONG_TITLE = ("Lessons learned from running a multi-region OpenStack cloud for a national research "
              "network: upgrades, federation and the people side")
TALKS = [
    ("Kubernetes on OpenStack: a production checklist", "OpenStack 위의 Kubernetes: 프로덕션 점검 목록", "Containers"),
    ("OCI, CNCF and OpenStack: how the container standards fit together", "OCI, CNCF, 그리고 OpenStack: 컨테이너 표준은 어떻게 맞물리는가", "Containers"),
    ("Neutron routed networks: scaling L3 across racks", "Neutron 라우티드 네트워크: 랙을 넘어서는 L3 확장", "Networking"),
    ("Upgrading from Liberty to Newton without downtime", "중단 없이 Liberty에서 Newton으로 업그레이드하기", "Operations"),
    ("Ceph and OpenStack: the state of the integration", "Ceph과 OpenStack: 통합 현황", "Storage"),
    ("Keystone federation with SAML and OpenID Connect", "SAML과 OpenID Connect를 이용한 Keystone 연동 인증", "Security"),
    ("Magnum in Newton: container orchestration as a service", "Newton의 Magnum: 서비스형 컨테이너 오케스트레이션", "Containers"),
    ("OVN in production: first results", "운영 환경의 OVN: 첫 결과", "Networking"),
    ("Monitoring OpenStack with Prometheus and Grafana", "Prometheus와 Grafana로 OpenStack 모니터링하기", "Operations"),
    ("Swift: storage policies and erasure coding in production", "Swift: 운영 환경의 스토리지 정책과 이레이저 코딩", "Storage"),
    ("OPNFV and OpenStack: closing the gaps for telcos", "OPNFV와 OpenStack: 통신사를 위한 격차 해소", "Telecom & NFV"),
    ("Moving a bank's workloads to OpenStack", "은행 워크로드를 OpenStack으로 옮기기", "Enterprise IT"),
    ("Kolla: deploying OpenStack in Docker containers", "Kolla: Docker 컨테이너로 OpenStack 배포하기", "Containers"),
    ("Octavia: load balancing as a service, version 2", "Octavia: 서비스형 로드 밸런싱 v2", "Networking"),
    ("Centralised logging for OpenStack: ELK in practice", "OpenStack 로그 중앙화: ELK 실전 적용기", "Operations"),
    ("Cinder replication and disaster recovery", "Cinder 복제와 재해 복구", "Storage"),
    ("Barbican: key management for encrypted volumes", "Barbican: 암호화 볼륨을 위한 키 관리", "Security"),
    ("Heat templates for application developers", "애플리케이션 개발자를 위한 Heat 템플릿", "Cloud App Development"),
    ("CERN: 190,000 cores and counting", "CERN: 코어 19만 개, 계속 늘어나는 중", "Case Studies"),
    ("How to get your first patch merged", "첫 패치를 머지시키는 방법", "Upstream Development"),
    ("Zun: a container service for OpenStack", "Zun: OpenStack을 위한 컨테이너 서비스", "Containers"),
    ("DVR at scale: what we learned running distributed routers", "대규모 DVR: 분산 라우터를 운영하며 배운 것", "Networking"),
    ("RabbitMQ at scale: tuning the message bus", "대규모 RabbitMQ: 메시지 버스 튜닝", "Operations"),
    ("Manila: shared file systems for cloud workloads", "Manila: 클라우드 워크로드를 위한 공유 파일 시스템", "Storage"),
    ("Hardening your OpenStack deployment: a checklist", "OpenStack 배포 보안 강화 점검 목록", "Security"),
    ("TOSCA and Mistral: orchestrating end-to-end telco-grade NFV", "TOSCA와 Mistral: 통신 사업자급 NFV의 엔드투엔드 오케스트레이션", "Telecom & NFV"),
    ("Hybrid cloud: connecting OpenStack and public clouds", "하이브리드 클라우드: OpenStack과 퍼블릭 클라우드 연결하기", "Enterprise IT"),
    ("Building cloud-native apps with the OpenStack SDK", "OpenStack SDK로 클라우드 네이티브 앱 만들기", "Cloud App Development"),
    ("OpenStack in the classroom: a university private cloud", "강의실 속 OpenStack: 대학 프라이빗 클라우드", "Case Studies"),
    ("Inside the OpenStack release process", "OpenStack 릴리스 프로세스 들여다보기", "Upstream Development"),
    ("Women of OpenStack: mentoring that works", "Women of OpenStack: 효과 있는 멘토링", "Community"),
    ("Choosing an OpenStack distribution in 2016", "2016년에 OpenStack 배포판 고르기", "Products & Services"),
    ("The latest in the container world and the role of containers in OpenStack", "컨테이너 생태계의 최신 동향과 OpenStack에서 컨테이너의 역할", "Containers"),
    ("BGP dynamic routing for tenant networks", "테넌트 네트워크를 위한 BGP 동적 라우팅", "Networking"),
    ("Nova cells v2: what operators need to know", "Nova 셀 v2: 운영자가 알아야 할 것", "Operations"),
    ("Benchmarking block storage for databases", "데이터베이스를 위한 블록 스토리지 벤치마크", "Storage"),
    ("Threat analysis of the OpenStack control plane", "OpenStack 컨트롤 플레인 위협 분석", "Security"),
    ("Tacker: VNF management and orchestration", "Tacker: VNF 관리와 오케스트레이션", "Telecom & NFV"),
    ("Chargeback and showback with CloudKitty", "CloudKitty로 비용 청구와 비용 가시화 구현하기", "Enterprise IT"),
    ("Serverless on OpenStack with Picasso", "Picasso로 OpenStack에서 서버리스 구현하기", "Cloud App Development"),
    (LONG_TITLE, "국가 연구망을 위한 멀티 리전 OpenStack 클라우드를 운영하며 배운 것: 업그레이드, 연동 인증, 그리고 사람의 문제", "Case Studies"),
    ("The Big Tent, one year on", "빅 텐트 1년 후", "Upstream Development"),
    ("Growing a local user group: the Korean experience", "지역 사용자 그룹 키우기: 한국의 경험", "Community", KOREAN_SPEAKERS[:2]),
    ("Managed private cloud: build, buy or rent?", "관리형 프라이빗 클라우드: 직접 만들까, 살까, 빌릴까?", "Products & Services"),
    ("Running stateful containers with Cinder volumes", "Cinder 볼륨으로 상태 저장 컨테이너 운영하기", "Containers"),
    ("Neutron troubleshooting: from packet to port", "Neutron 문제 해결: 패킷에서 포트까지", "Networking"),
    ("Capacity planning for a growing private cloud", "성장하는 프라이빗 클라우드의 용량 계획", "Operations"),
    ("Hyperconverged OpenStack: compute and Ceph on the same nodes", "하이퍼컨버지드 OpenStack: 한 노드에 컴퓨트와 Ceph 함께 올리기", "Storage"),
    ("Fernet tokens in production", "운영 환경의 Fernet 토큰", "Security"),
    ("Real-time KVM for network functions", "네트워크 기능을 위한 실시간 KVM", "Telecom & NFV"),
    ("Building an internal cloud team: people, process, platform", "사내 클라우드 팀 만들기: 사람, 프로세스, 플랫폼", "Enterprise IT"),
    ("Terraform and OpenStack: infrastructure as code", "Terraform과 OpenStack: 코드형 인프라", "Cloud App Development"),
    ("How a Korean telco built its NFV cloud on OpenStack", "한국 통신사가 OpenStack으로 NFV 클라우드를 구축한 방법", "Case Studies", KOREAN_SPEAKERS[2:4]),
    ("Testing OpenStack at scale: Tempest, Rally and beyond", "대규모 OpenStack 테스트: Tempest, Rally, 그 너머", "Upstream Development"),
    ("Translating OpenStack: the I18n team", "OpenStack 번역: I18n 팀 이야기", "Community"),
    ("Interoperability testing: what 'OpenStack Powered' means", "상호운용성 테스트: 'OpenStack Powered'의 의미", "Products & Services"),
    ("Containers vs. VMs: picking the right isolation for your workloads", "컨테이너냐 VM이냐: 워크로드에 맞는 격리 방식 고르기", "Containers"),
    ("Service function chaining with networking-sfc", "networking-sfc로 구현하는 서비스 기능 체이닝", "Networking"),
    ("Zuul v3: OpenStack and Ansible native CI/CD", "Zuul v3: OpenStack과 Ansible 기반 CI/CD", "Operations"),
    ("Glance image import: the new workflow", "Glance 이미지 가져오기: 새로운 작업 흐름", "Storage"),
    ("Multi-factor authentication for OpenStack users", "OpenStack 사용자를 위한 다중 인증", "Security"),
    ("Edge computing with OpenStack for 5G", "5G를 위한 OpenStack 엣지 컴퓨팅", "Telecom & NFV"),
    ("The total cost of ownership of a private cloud", "프라이빗 클라우드의 총소유비용", "Enterprise IT"),
    ("Murano: an application catalogue for your cloud", "Murano: 클라우드를 위한 애플리케이션 카탈로그", "Cloud App Development"),
    ("OpenStack at a global retailer: ready for Black Friday", "글로벌 유통기업의 OpenStack: 블랙 프라이데이 대비", "Case Studies"),
    ("Oslo libraries: shared code across projects", "Oslo 라이브러리: 프로젝트 간 공유 코드", "Upstream Development"),
    ("From operator to contributor", "운영자에서 기여자로", "Community"),
    ("Horizon plugins: extending the dashboard", "Horizon 플러그인: 대시보드 확장하기", "Products & Services"),
    ("Kubernetes and OpenStack side by side: a year in production", "Kubernetes와 OpenStack을 나란히 운영한 1년", "Containers"),
    ("IPv6 in OpenStack: no more excuses", "OpenStack의 IPv6: 더 이상 미룰 이유가 없다", "Networking"),
    ("Deploying OpenStack with OpenStack-Ansible", "OpenStack-Ansible로 OpenStack 배포하기", "Operations"),
    ("Software-defined storage on commodity hardware", "범용 하드웨어로 구현하는 소프트웨어 정의 스토리지", "Storage"),
    ("Compliance in a regulated industry: PCI DSS on OpenStack", "규제 산업의 컴플라이언스: OpenStack에서 PCI DSS 준수하기", "Security"),
    ("Carrier-grade high availability: a telco case study", "통신 사업자급 고가용성: 통신사 사례 연구", "Telecom & NFV"),
    ("Windows workloads on OpenStack", "OpenStack 위의 Windows 워크로드", "Enterprise IT"),
    ("Trove: databases as a service in practice", "Trove: 서비스형 데이터베이스 실전", "Cloud App Development"),
    ("Scientific computing on OpenStack: HPC meets cloud", "OpenStack 위의 과학 계산: HPC와 클라우드의 만남", "Case Studies"),
    ("Placement API: resource tracking for the next releases", "Placement API: 다음 릴리스들을 위한 자원 추적", "Upstream Development"),
    ("OpenStack in Asia: community update", "아시아의 OpenStack: 커뮤니티 소식", "Community", ["Haruto Sato", "최유진"]),
    ("GPU instances for machine learning on OpenStack", "OpenStack에서 머신러닝을 위한 GPU 인스턴스", "Products & Services"),
    ("Mesos and Marathon on OpenStack at scale", "대규모 OpenStack 위의 Mesos와 Marathon", "Containers"),
    ("SR-IOV and DPDK: line-rate networking inside VMs", "SR-IOV와 DPDK: VM에서 회선 속도 네트워킹 구현하기", "Networking"),
    ("TripleO: composable roles and custom deployments", "TripleO: 조합형 역할과 맞춤 배포", "Operations"),
    ("What's new in Newton: a tour of the release", "Newton의 새 기능: 릴리스 둘러보기", "Products & Services"),
    ("Anomaly detection in Contrail networking", "Contrail 네트워킹의 이상 탐지", "Telecom & NFV"),
    ("An online game platform on OpenStack", "OpenStack 위의 온라인 게임 플랫폼", "Case Studies", ["조현우"]),
    ("Autoscaling applications with Heat, Aodh and Senlin", "Heat, Aodh, Senlin으로 애플리케이션 자동 확장하기", "Cloud App Development"),
    ("Python 3 in OpenStack: where we are", "OpenStack의 Python 3 전환 현황", "Upstream Development"),
    ("Certified OpenStack Administrator: preparing for the exam", "공인 OpenStack 관리자(COA) 시험 준비하기", "Community"),
    ("Securing container images from build to run", "빌드부터 실행까지 컨테이너 이미지 보안", "Containers"),
    ("Designate: DNS as a service in real deployments", "Designate: 실제 배포 환경의 서비스형 DNS", "Networking"),
    ("Ironic: managing bare metal like virtual machines", "Ironic: 베어메탈을 가상 머신처럼 관리하기", "Operations"),
    ("Live migration that actually works", "제대로 동작하는 라이브 마이그레이션", "Operations"),
    ("Watcher: continuous optimisation of your cloud resources", "Watcher: 클라우드 자원의 지속적 최적화", "Operations"),
    ("Media streaming on OpenStack during live sports events", "스포츠 생중계 중의 OpenStack 미디어 스트리밍", "Case Studies"),
    ("Sahara: big data processing on OpenStack", "Sahara: OpenStack에서 빅데이터 처리하기", "Cloud App Development"),
    ("Stable branches and extended maintenance", "안정 브랜치와 연장 유지보수", "Upstream Development"),
    ("OpenStack on ARM servers", "ARM 서버 위의 OpenStack", "Products & Services"),
    ("Mistral and StackStorm: event-driven operations", "Mistral과 StackStorm: 이벤트 기반 운영 자동화", "Operations"),
    ("High availability for the control plane: Pacemaker or not?", "컨트롤 플레인 고가용성: Pacemaker를 쓸 것인가?", "Operations"),
    ("Ocata roadmap: what the project teams plan next", "Ocata 로드맵: 프로젝트 팀들의 다음 계획", "Upstream Development"),
    ("Telemetry in Newton: Gnocchi, Aodh and Panko", "Newton의 Telemetry: Gnocchi, Aodh, Panko", "Operations"),
    ("Debugging Nova scheduling decisions", "Nova 스케줄링 결정 디버깅하기", "Operations"),
    ("Cloud-init and metadata: how instances learn who they are", "cloud-init과 메타데이터: 인스턴스가 자신을 알아내는 방법", "Cloud App Development"),
    ("Quotas and rate limits for multi-tenant clouds", "멀티 테넌트 클라우드의 쿼터와 속도 제한", "Operations"),
    ("What the heck is TripleO? Owls all the way down", "TripleO란 대체 무엇인가: 끝없이 이어지는 올빼미", "Operations"),
    ("Freezer: backup and restore as a service", "Freezer: 서비스형 백업과 복구", "Storage"),
    ("Running a public cloud on OpenStack: two years of lessons", "OpenStack으로 퍼블릭 클라우드 운영하기: 2년간의 교훈", "Case Studies"),
    ("Kuryr: bridging container networking and Neutron", "Kuryr: 컨테이너 네트워킹과 Neutron을 잇다", "Containers"),
    ("Dragonflow: distributed SDN for Neutron", "Dragonflow: Neutron을 위한 분산 SDN", "Networking"),
]

# Design summit: (English name, Korean name, [(English topic, Korean topic)...]).
PROJECTS = [
    ("Nova", "Nova", [("Cells v2", "셀 v2"), ("Placement API and resource providers", "Placement API와 자원 공급자"),
                      ("API microversions and policy clean-up", "API 마이크로버전과 정책 정리"), ("Live migration", "라이브 마이그레이션")]),
    ("Neutron", "Neutron", [("Routed networks", "라우티드 네트워크"), ("Upgrades and versioned objects", "업그레이드와 버전 객체"),
                            ("Port binding for multiple hosts", "다중 호스트 포트 바인딩"), ("Adopting neutron-lib", "neutron-lib 도입")]),
    ("Cinder", "Cinder", [("Multi-attach", "다중 연결"), ("Replication and failover", "복제와 장애 조치"), ("The new volume attach API", "새 볼륨 연결 API")]),
    ("Swift", "Swift", [("Encryption at rest", "저장 데이터 암호화"), ("The Go object server", "Go 객체 서버"), ("Container sharding", "컨테이너 샤딩")]),
    ("Keystone", "Keystone", [("Fernet tokens by default", "Fernet 토큰 기본 적용"), ("Policy in code", "코드로 관리하는 정책"), ("Federation improvements", "연동 인증 개선")]),
    ("Glance", "Glance", [("Image import refactor", "이미지 가져오기 재설계"), ("Rolling upgrades", "롤링 업그레이드")]),
    ("Heat", "Heat", [("Convergence by default", "컨버전스 기본 적용"), ("Performance and memory use", "성능과 메모리 사용량")]),
    ("Horizon", "Horizon", [("Angular panels", "Angular 패널"), ("The plugin ecosystem", "플러그인 생태계")]),
    ("Ironic", "Ironic", [("Boot from volume", "볼륨에서 부팅"), ("Multi-tenant networking", "멀티 테넌트 네트워킹"), ("Driver composition", "드라이버 구성 방식 개편")]),
    ("Kuryr", "Kuryr", [("Kubernetes integration", "Kubernetes 통합"), ("Nested containers in VMs", "VM 안의 중첩 컨테이너")]),
    ("Magnum", "Magnum", [("Cluster upgrades", "클러스터 업그레이드"), ("Bare-metal clusters", "베어메탈 클러스터")]),
    ("Kolla", "Kolla", [("Kolla on Kubernetes", "Kubernetes 위의 Kolla"), ("Upgrade testing", "업그레이드 테스트")]),
    ("TripleO", "TripleO", [("Containers: status and roadmap", "컨테이너 현황과 로드맵"), ("Upgrades: status and roadmap", "업그레이드 현황과 로드맵"),
                            ("CI: status and roadmap", "CI 현황과 로드맵"), ("Composable undercloud with Heat", "Heat로 구성하는 조합형 언더클라우드")]),
    ("OpenStack-Ansible", "OpenStack-Ansible", [("Multi-distribution support", "다중 배포판 지원"), ("Role testing", "역할 테스트")]),
    ("Octavia", "Octavia", [("Active/active topology", "액티브-액티브 구성"), ("Migrating from Neutron LBaaS", "Neutron LBaaS에서 이전하기")]),
    ("Manila", "Manila", [("Share replication", "공유 복제"), ("Share migration", "공유 마이그레이션")]),
    ("Telemetry", "Telemetry", [("Gnocchi by default", "Gnocchi 기본 적용"), ("Panko event storage", "Panko 이벤트 저장소")]),
    ("Oslo", "Oslo", [("Messaging drivers", "메시징 드라이버"), ("Configuration validation", "설정 검증")]),
    ("Infrastructure", "인프라 팀", [("Migrating to Zuul v3", "Zuul v3 전환"), ("Test node capacity", "테스트 노드 용량")]),
    ("QA", "QA 팀", [("The Tempest plugin interface", "Tempest 플러그인 인터페이스"), ("Grenade and upgrade testing", "Grenade와 업그레이드 테스트")]),
    ("Documentation", "문서 팀", [("Install guides per project", "프로젝트별 설치 가이드"), ("The operations guide", "운영 가이드")]),
    ("Security", "보안 팀", [("The threat analysis process", "위협 분석 절차"), ("Security notes", "보안 공지")]),
    ("Mistral", "Mistral", [("Performance and high availability", "성능과 고가용성")]),
    ("Zun", "Zun", [("Scheduling and resource tracking", "스케줄링과 자원 추적")]),
    ("Watcher", "Watcher", [("Optimisation strategies", "최적화 전략")]),
    ("Designate", "Designate", [("Pool management", "풀 관리")]),
    ("Barbican", "Barbican", [("Adopting Castellan", "Castellan 도입")]),
    ("I18n", "I18n(국제화) 팀", [("Translation priorities for Ocata", "Ocata 번역 우선순위")]),
    ("Release management", "릴리스 관리 팀", [("The Ocata schedule", "Ocata 일정")]),
    ("Sahara", "Sahara", [("Plugin versioning", "플러그인 버전 관리")]),
    ("Trove", "Trove", [("Datastores", "데이터스토어")]),
    ("Senlin", "Senlin", [("Cluster health management", "클러스터 상태 관리")]),
    ("Tacker", "Tacker", [("VNF forwarding graphs", "VNF 포워딩 그래프")]),
    ("Freezer", "Freezer", [("Backup scheduling", "백업 스케줄링")]),
    ("Monasca", "Monasca", [("Metrics at scale", "대규모 메트릭 처리")]),
    ("Congress", "Congress", [("Policy monitoring", "정책 모니터링")]),
]

CROSS_PROJECT = [
    ("Community-wide goals for Ocata", "Ocata 커뮤니티 공통 목표"), ("The API working group", "API 워킹 그룹"),
    ("Policy and role-based access control", "정책과 역할 기반 접근 제어"), ("Rolling upgrades everywhere", "롤링 업그레이드 전면 지원"),
    ("Documentation in project repositories", "프로젝트 저장소 안의 문서"), ("Quotas across services", "서비스 전반의 쿼터"),
    ("Logging standards", "로깅 표준"), ("A vision for the Technical Committee", "기술 위원회의 비전"),
]

OPS_MEETUP = [
    ("upgrade war stories", "업그레이드 실전 경험담"), ("monitoring and alerting", "모니터링과 알림"),
    ("logging that helps at 3 a.m.", "새벽 3시에 도움이 되는 로깅"), ("RabbitMQ and the message bus", "RabbitMQ와 메시지 버스"),
    ("Ceph in production", "운영 환경의 Ceph"), ("Neutron at scale", "대규모 Neutron"),
    ("packaging and distributions", "패키징과 배포판"), ("containerised control planes", "컨테이너화된 컨트롤 플레인"),
    ("billing, quotas and showback", "과금, 쿼터, 비용 가시화"), ("architecture show and tell", "아키텍처 사례 공유"),
    ("the large deployment team", "대규모 배포 팀"), ("hardware and procurement", "하드웨어와 구매"),
    ("keeping up with the release cadence", "릴리스 주기 따라가기"), ("user survey results for operators", "운영자를 위한 사용자 설문 결과"),
    ("feedback to the developers", "개발자에게 전하는 피드백"),
]

DEMOS = [
    ("zero-downtime upgrades with Kolla", "Kolla로 무중단 업그레이드"), ("bare-metal provisioning in five minutes", "5분 만에 베어메탈 프로비저닝"),
    ("TripleO composable roles", "TripleO 조합형 역할"), ("a VNF service chain in action", "동작하는 VNF 서비스 체인"),
    ("one-click Kubernetes on OpenStack", "클릭 한 번으로 OpenStack 위에 Kubernetes 올리기"),
    ("self-healing instances with Aodh and Mistral", "Aodh와 Mistral로 스스로 복구하는 인스턴스"),
    ("multi-site Swift replication", "다중 사이트 Swift 복제"), ("GPU passthrough for deep learning", "딥러닝을 위한 GPU 패스스루"),
    ("policy-driven networking with Congress", "Congress로 구현하는 정책 기반 네트워킹"),
    ("monitoring dashboards for operators", "운영자를 위한 모니터링 대시보드"), ("hybrid cloud bursting", "하이브리드 클라우드 버스팅"),
    ("encrypted volumes with Barbican", "Barbican으로 암호화한 볼륨"), ("the Ceph dashboard and capacity alerts", "Ceph 대시보드와 용량 경보"),
    ("live migration under load", "부하 중 라이브 마이그레이션"),
]

LABS = {
    "kuryr": ("Hands-on: container networking with Kuryr", "실습: Kuryr로 구성하는 컨테이너 네트워킹"),
    "magnum": ("Hands-on: your first Kubernetes cluster with Magnum", "실습: Magnum으로 첫 Kubernetes 클러스터 배포하기"),
    "heat": ("Hands-on: orchestrating applications with Heat", "실습: Heat로 애플리케이션 오케스트레이션하기"),
    "kolla": ("Hands-on: Kolla-Ansible from zero to cloud", "실습: Kolla-Ansible로 처음부터 클라우드 구축하기"),
    "neutron": ("Hands-on: Neutron networking for beginners", "실습: 처음 배우는 Neutron 네트워킹"),
    "ceph": ("Hands-on: Ceph RBD behind Cinder and Glance", "실습: Cinder와 Glance의 백엔드로 Ceph RBD 구성하기"),
    "federation": ("Hands-on: Keystone federation with an external identity provider", "실습: 외부 ID 공급자와 Keystone 연동하기"),
    "ansible": ("Hands-on: Ansible playbooks for OpenStack operators", "실습: OpenStack 운영자를 위한 Ansible 플레이북"),
    "swift": ("Hands-on: Swift object storage from the API up", "실습: API부터 배우는 Swift 객체 스토리지"),
    "nova": ("Hands-on: debugging Nova with logs and tracing", "실습: 로그와 추적으로 Nova 디버깅하기"),
    "ironic": ("Hands-on: bare-metal provisioning with Ironic", "실습: Ironic으로 베어메탈 프로비저닝하기"),
    "murano": ("Hands-on: publishing applications with Murano", "실습: Murano로 애플리케이션 게시하기"),
}
LAB_ABSTRACT = text("Bring a laptop with an SSH client; lab machines are provided. Seats are limited.",
                    "SSH 클라이언트가 설치된 노트북을 가져오세요. 실습 환경은 제공되며 좌석은 한정되어 있습니다.")

WORKSHOPS = [
    ("Certified OpenStack Administrator: prep workshop", "공인 OpenStack 관리자(COA) 준비 워크숍"),
    ("Architecture workshop: designing for failure", "아키텍처 워크숍: 장애를 전제로 한 설계"),
    ("Writing your first Neutron ML2 driver", "첫 Neutron ML2 드라이버 작성 워크숍"),
    ("Heat template clinic: bring your templates", "Heat 템플릿 클리닉: 템플릿을 가져오세요"),
    ("Security workshop: threat modelling your cloud", "보안 워크숍: 클라우드 위협 모델링"),
    ("App developer workshop: the OpenStack SDK in Go and Python", "앱 개발자 워크숍: Go와 Python으로 쓰는 OpenStack SDK"),
    ("Ops workshop: a runbook for incident response", "운영 워크숍: 장애 대응 런북 만들기"),
    ("Documentation sprint: install guides", "문서 스프린트: 설치 가이드"),
    ("Translation sprint: Korean, Japanese and Chinese", "번역 스프린트: 한국어, 일본어, 중국어"),
    ("Performance testing workshop with Rally", "Rally 성능 테스트 워크숍"),
    ("NFV workshop: deploying a VNF with Tacker", "NFV 워크숍: Tacker로 VNF 배포하기"),
    ("Container security workshop", "컨테이너 보안 워크숍"),
]

SIG_MEETINGS = [  # (room day start end English Korean)
    (TUE, "12:15", "12:55", "Interop Working Group", "상호운용성 워킹 그룹"),
    (TUE, "15:05", "15:45", "Scientific Working Group", "과학 계산 워킹 그룹"),
    (TUE, "17:05", "17:45", "Product Working Group", "제품 워킹 그룹"),
    (WED, "11:25", "12:05", "Telecom and NFV Working Group", "통신·NFV 워킹 그룹"),
    (WED, "14:15", "15:45", "Kubernetes–OpenStack SIG: face-to-face meeting", "Kubernetes–OpenStack SIG 대면 회의"),
    (WED, "17:05", "17:45", "App Ecosystem Working Group", "앱 생태계 워킹 그룹"),
    (THU, "09:00", "09:40", "Massively Distributed Clouds Working Group", "대규모 분산 클라우드 워킹 그룹"),
    (THU, "11:00", "11:40", "Enterprise Working Group", "엔터프라이즈 워킹 그룹"),
    (THU, "13:50", "14:30", "Diversity Working Group", "다양성 워킹 그룹"),
    (THU, "15:30", "16:10", "Ops Tags Team", "운영 태그 팀"),
    (FRI, "09:00", "10:30", "Large Deployment Team", "대규모 배포 팀"),
    (FRI, "11:00", "12:30", "LCOO Working Group", "LCOO 워킹 그룹"),
]
SIG_ABSTRACT = text("The Kubernetes–OpenStack SIG meets in person: cloud provider, Keystone auth for "
                    "Kubernetes, Cinder and Kuryr integration. Thirty seats; the agenda is on the etherpad.",
                    "Kubernetes–OpenStack SIG의 대면 회의입니다. 클라우드 공급자, Kubernetes용 Keystone 인증, "
                    "Cinder와 Kuryr 통합을 다룹니다. 좌석은 30석이며 안건은 이더패드에 있습니다.")
OCI_ABSTRACT = text("Where the Open Container Initiative's runtime and image specs, the CNCF's projects "
                    "and OpenStack's container services meet, and what that means for operators.",
                    "Open Container Initiative의 런타임·이미지 명세, CNCF 프로젝트, OpenStack 컨테이너 서비스가 "
                    "만나는 지점과 그것이 운영자에게 갖는 의미를 살펴봅니다.")

# Start times of the 40-minute breakout slots (the Barcelona grid).
SLOTS = {
    TUE: ["11:25", "12:15", "14:15", "15:05", "15:55", "17:05", "17:55"],
    WED: ["11:25", "12:15", "14:15", "15:05", "15:55", "17:05", "17:55"],
    THU: ["09:00", "09:50", "11:00", "11:50", "13:50", "14:40", "15:30", "16:40", "17:30"],
    FRI: ["09:00", "09:50", "11:00", "11:50"],
}
P1 = ["ccib-p1-room-%d" % n for n in (111, 112, 113, 114, 115, 116, 117, 118)]
HOTEL4 = ["hotel-0-diagonal", "hotel-0-mar", "hotel-1-montjuic", "hotel-1-tibidabo"]
TALK_ROOMS = {TUE: P1[:6], WED: P1[:6], THU: P1[:3]}
DESIGN_ROOMS = {WED: P1[6:8] + HOTEL4, THU: [P1[3], P1[6]] + HOTEL4, FRI: P1[4:6]}
BOF_ROOM, BOF_DAY, BOF_SKIPPED_SLOT = "ccib-p1-room-116", WED, "15:55"  # the overlap edge case
EMPTY_ROOM, EMPTY_DAY = "ccib-p1-room-118", THU  # used Tue, Wed and Fri, empty all Thursday
