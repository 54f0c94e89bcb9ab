/// A platform's step tree laid flat once per catalog, with what an account that ticked
/// nothing looks like. An account's evaluation starts from that blank one and revisits only
/// its ticked steps and their parents, so evaluating 1,000 accounts does not walk every step
/// of every platform 1,000 times.
struct PlatformOutline: Sendable {
    struct Node: Sendable {
        var step: Step
        /// The parent's index, or nil on the top level.
        var parent: Int?
        var children: [Int]
        var depth: Int
    }

    /// One step's unit of work, as `StatusEvaluator` counts it.
    struct Unit: Sendable, Equatable {
        var done: Int
        var total: Int
        var isDone: Bool
    }

    /// Every step, depth first.
    let nodes: [Node]
    /// Node index by step id (the last one, should an id repeat, as the tree walk did).
    let index: [String: Int]
    let topLevel: [Int]
    private let platformID: String
    /// Each node's `step.revision`, hashed when first asked: the evaluator asks only for ticked
    /// steps (hashing every step of a big platform on every start is too slow).
    private let revisions: StepRevisionMemo
    /// The states and units of an account with no tick.
    let blankStates: [String: AccountEvaluation.StepState]
    let blankUnits: [Unit]
    /// Sums over the required top-level steps of an account with no tick.
    let blankDone: Int
    let blankTotal: Int
    let blankRequiredNotDone: Int

    init(_ platform: Platform) {
        var nodes: [Node] = []
        var topLevel: [Int] = []
        func add(_ step: Step, parent: Int?, depth: Int) -> Int {
            let position = nodes.count
            nodes.append(Node(step: step, parent: parent, children: [], depth: depth))
            var children: [Int] = []
            children.reserveCapacity(step.steps.count)
            for child in step.steps { children.append(add(child, parent: position, depth: depth + 1)) }
            nodes[position].children = children
            return position
        }
        for step in platform.steps { topLevel.append(add(step, parent: nil, depth: 0)) }

        var index: [String: Int] = [:]
        index.reserveCapacity(nodes.count)
        var blankStates: [String: AccountEvaluation.StepState] = [:]
        blankStates.reserveCapacity(nodes.count)
        for (position, node) in nodes.enumerated() {
            index[node.step.id] = position
            blankStates[node.step.id] = .init(done: false, doneAt: nil, changed: false)
        }
        // Children come after their parent in depth-first order: fill the units backwards.
        var units = [Unit](repeating: Unit(done: 0, total: 1, isDone: false), count: nodes.count)
        for position in nodes.indices.reversed() where !nodes[position].step.isLeaf {
            units[position] = Self.unit(of: position, in: nodes, units: { units[$0] })
        }
        var done = 0, total = 0, notDone = 0
        for position in topLevel where !nodes[position].step.optional {
            done += units[position].done
            total += units[position].total
            if !units[position].isDone { notDone += 1 }
        }
        self.nodes = nodes
        self.platformID = platform.id
        self.revisions = StepRevisionMemo(count: nodes.count)
        self.index = index
        self.topLevel = topLevel
        self.blankStates = blankStates
        self.blankUnits = units
        self.blankDone = done
        self.blankTotal = total
        self.blankRequiredNotDone = notDone
    }

    /// The revision of the step at `position`.
    func revision(at position: Int) -> String {
        revisions.value(at: position) { nodes[position].step.revision }
    }

    /// `Platform.revision`, from the nodes' revisions (depth first, as `Platform.allSteps`).
    var revision: String {
        Platform.revision(id: platformID, stepRevisions: nodes.indices.map(revision(at:)))
    }

    /// A parent's unit from its children's: an `any_of` group counts one, done when any child
    /// is; a plain parent is the sum of its required children (any child, when none is required).
    static func unit(of position: Int, in nodes: [Node], units: (Int) -> Unit) -> Unit {
        let node = nodes[position]
        var anyDone = false, allRequiredDone = true, hasRequired = false
        var done = 0, total = 0
        for child in node.children {
            let unit = units(child)
            if unit.isDone { anyDone = true }
            if !nodes[child].step.optional {
                hasRequired = true
                done += unit.done
                total += unit.total
                if !unit.isDone { allRequiredDone = false }
            }
        }
        if node.step.anyOf { return Unit(done: anyDone ? 1 : 0, total: 1, isDone: anyDone) }
        return Unit(done: done, total: max(1, total), isDone: hasRequired ? allRequiredDone : anyDone)
    }
}
